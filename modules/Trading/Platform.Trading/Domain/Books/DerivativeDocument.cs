using Platform.Trading.Contracts.Derivatives;
using Platform.Trading.Contracts.Tickets;

namespace Platform.Trading.Domain.Books;

/// A derivative as booked: its kind and resolved terms (a swap's or a standard bond forward's, the other one null), who
/// traded it with whom, the CFETS deal number, remarks, and the checks it passed.
public sealed record DerivativeDocument(
    string Kind,
    string Trader,
    string CounterpartyId,
    string? CfetsDealNumber,
    string? Remarks,
    SwapTerms? Swap,
    BondForwardTerms? Forward,
    IReadOnlyList<CheckResult> Checks);
