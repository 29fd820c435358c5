using Platform.Trading.Contracts.Tickets;

namespace Platform.Trading.Contracts.Derivatives;

/// What a derivative request resolves to before booking: its terms (a swap's or a forward's) and the check results;
/// <see cref="Passes"/> when none failed.
public sealed record DerivativePreview(string Kind, SwapTerms? Swap, BondForwardTerms? Forward, IReadOnlyList<CheckResult> Checks, bool Passes);
