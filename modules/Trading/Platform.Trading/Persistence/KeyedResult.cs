namespace Platform.Trading.Persistence;

/// What an idempotency key produced (a ticket or trade id) and the hash of the request that came with it.
internal sealed class KeyedResult
{
    public string ResultId { get; init; } = "";
    public string RequestHash { get; init; } = "";
}
