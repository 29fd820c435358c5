namespace Platform.Trading.Contracts.Tickets;

/// A booked order: the trade and the checks it passed (warnings included).
public sealed record OrderResult(TradeView Trade, IReadOnlyList<CheckResult> Checks);
