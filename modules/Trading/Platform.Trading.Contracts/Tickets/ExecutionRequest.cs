namespace Platform.Trading.Contracts.Tickets;

/// The trader's record of an approved ticket's execution on CFETS: the deal number and the executed price, of the
/// ticket's price kind (per 100 face, or a yield in percent).
public sealed record ExecutionRequest(string CfetsDealNumber, decimal ExecutedPrice);
