namespace Platform.Trading.Contracts.Quotes;

/// One trader's quote as the board shows it. Yields are in per cent, faces in 万元. <see cref="ValuationYieldPct"/> is
/// the bond's latest valuation on or before today (per cent, null when it has none) for reference, and
/// <see cref="MidSpreadBp"/> the quote's mid (the one side given, for a one-sided quote) less that yield, in basis
/// points. A quote is <see cref="Stale"/> once its <see cref="Age"/> reaches the configured limit.
public sealed record QuoteView(
    string BondId,
    string ShortName,
    string BondType,
    string Trader,
    decimal? BidYieldPct,
    decimal? BidFaceWan,
    decimal? AskYieldPct,
    decimal? AskFaceWan,
    string? Remarks,
    double? ValuationYieldPct,
    DateOnly? ValuationDate,
    double? MidSpreadBp,
    DateTimeOffset PostedAt,
    bool Stale,
    TimeSpan Age);
