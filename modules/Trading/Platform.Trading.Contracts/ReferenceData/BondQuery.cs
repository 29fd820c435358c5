namespace Platform.Trading.Contracts.ReferenceData;

/// Filters of the bond list: a bond type, and text found in the id, a code or a name.
public sealed record BondQuery(string? BondType = null, string? Search = null);
