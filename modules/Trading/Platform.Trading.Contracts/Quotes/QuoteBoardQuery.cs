namespace Platform.Trading.Contracts.Quotes;

/// Filters of the quote board: a bond type, whether stale quotes are shown too, and text found in the bond's id, CFETS
/// code or short name, or the trader's user name.
public sealed record QuoteBoardQuery(string? BondType = null, bool IncludeStale = false, string? Search = null);
