namespace Platform.Trading.Contracts.Tickets;

/// One pre-trade check's verdict (<see cref="CheckOutcomes"/>) with a message a trader can act on.
public sealed record CheckResult(string Check, string Outcome, string Message);
