using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Administration.Contracts;
using Platform.BuildingBlocks.Paging;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;
using Platform.Trading.Contracts.Quotes;

namespace Platform.Trading.Api;

/// The dealer quote board (报价板) over HTTP: everyone signed in reads it; traders (and admins) post, replace and withdraw
/// their own quotes, which are always the signed-in user's.
internal static class QuoteEndpoints
{
    private static readonly string[] Traders = [PlatformRoles.Trader, PlatformRoles.Admin];

    public static RouteGroupBuilder MapQuoteEndpoints(this RouteGroupBuilder trading)
    {
        var quotes = trading.MapGroup("/quotes").WithTags("Trading quote board").RequireAuthorization();
        quotes.MapGet("/", async (string? bondType, string? search, bool? includeStale, int? page, int? pageSize, IQuoteBoard board, CancellationToken ct) =>
                TypedResults.Ok(await board.ListAsync(new QuoteBoardQuery(bondType, includeStale == true, search), PageRequest.Of(page, pageSize), ct)))
            .WithSummary("The quote board by bond type and maturity: fresh quotes only unless includeStale=true; bondType and search (bond id, CFETS code, name, trader) filter it.");
        quotes.MapPut("/{bondId}", async (string bondId, QuoteBody body, IQuoteBoard board, ClaimsPrincipal user, CancellationToken ct) =>
            {
                if (body.BondId is { } named && named.Trim() != bondId)
                    throw new ValidationFailedException("bondId", new LocalizedText($"请求体中的债券 '{named}' 与路径中的 '{bondId}' 不一致",
                        $"the body's bondId '{named}' is not the path's '{bondId}'").Current);
                var entry = new QuoteEntry(bondId, body.BidYieldPct, body.AskYieldPct, body.BidFaceWan, body.AskFaceWan, body.Remarks);
                return TypedResults.Ok(await board.PostAsync(entry, user.Identity!.Name!, ct));
            })
            .RequireAuthorization(p => p.RequireRole(Traders))
            .WithSummary("Posts the signed-in trader's bid and/or ask (yield in %, face in 万元) on a bond, replacing their previous quote on it; 400 by field when a rule fails.");
        quotes.MapDelete("/{bondId}", async (string bondId, IQuoteBoard board, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await board.WithdrawAsync(bondId, user.Identity!.Name!, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(p => p.RequireRole(Traders))
            .WithSummary("Withdraws the signed-in trader's own quote on a bond: 204; 403 when only others quote it, 404 when nobody does.");
        return trading;
    }
}
