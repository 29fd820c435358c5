using Microsoft.AspNetCore.Http;
using Platform.SharedKernel;
using Platform.Trading.Contracts.Tickets;

namespace Platform.Trading.Api;

/// Failed pre-trade checks as a 422 problem whose <c>checks</c> list every verdict.
internal static class CheckedResults
{
    public static async Task<IResult> Of(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (PreTradeChecksFailedException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
                title: new LocalizedText("未通过事前检查", "Pre-trade checks failed").Current, detail: ex.Message,
                extensions: new Dictionary<string, object?> { ["checks"] = ex.Checks });
        }
    }
}
