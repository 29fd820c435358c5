namespace Platform.Trading.Contracts.Quotes;

/// A trader's two-way (or one-way) quote on a bond for the dealer quote board (报价板): yields in per cent (2.3150 for
/// 2.315 %), faces in 万元. A side is its yield with its face; give one side or both. Posting again replaces the
/// trader's quote on the bond as a whole, so a side left out is taken off.
public sealed record QuoteEntry(string BondId, decimal? BidYieldPct, decimal? AskYieldPct, decimal? BidFaceWan, decimal? AskFaceWan, string? Remarks);
