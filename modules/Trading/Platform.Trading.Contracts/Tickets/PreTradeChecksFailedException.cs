namespace Platform.Trading.Contracts.Tickets;

/// A ticket or order failed one or more pre-trade checks and was not taken; <see cref="Checks"/> lists every verdict.
public sealed class PreTradeChecksFailedException(IReadOnlyList<CheckResult> checks, string message) : Exception(message)
{
    public IReadOnlyList<CheckResult> Checks { get; } = checks;
}
