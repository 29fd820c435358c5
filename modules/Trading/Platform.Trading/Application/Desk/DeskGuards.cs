using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;
using Platform.Trading.Contracts.Tickets;

namespace Platform.Trading.Application.Desk;

/// Rules every desk command shares: the idempotency key's shape, a key reused for another request, failed checks.
internal static class DeskGuards
{
    public static void CheckKey(string key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 100)
            throw new ValidationFailedException("Idempotency-Key", new LocalizedText("须提供 Idempotency-Key 请求头（1 到 100 个字符）", "the Idempotency-Key header is required (1 to 100 characters)").Current);
    }

    /// The earlier result of a key, if it came with the same request; a key reused for another request is refused.
    public static string Same<T>(string resultId, string requestHash, T request) => requestHash == RequestHash.Of(request) ? resultId
        : throw new ValidationFailedException("Idempotency-Key", new LocalizedText("该幂等键已用于另一请求", "this idempotency key was used for a different request").Current);

    public static PreTradeChecksFailedException Failed(IReadOnlyList<CheckResult> results) => new(results, new LocalizedText(
        $"未通过事前检查：{string.Join("；", results.Where(r => r.Outcome == CheckOutcomes.Fail).Select(r => r.Message))}",
        $"pre-trade checks failed: {string.Join("; ", results.Where(r => r.Outcome == CheckOutcomes.Fail).Select(r => r.Message))}").Current);
}
