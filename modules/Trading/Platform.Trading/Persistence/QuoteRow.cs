namespace Platform.Trading.Persistence;

/// A row of trading_quotes with its bond's name and type and the bond's latest valuation yield (per cent) as of the
/// day asked; settable so Dapper converts column types per database.
internal sealed class QuoteRow
{
    public string BondId { get; init; } = "";
    public string ShortName { get; init; } = "";
    public string BondType { get; init; } = "";
    public string Trader { get; init; } = "";
    public decimal? BidYieldPct { get; init; }
    public decimal? BidFaceWan { get; init; }
    public decimal? AskYieldPct { get; init; }
    public decimal? AskFaceWan { get; init; }
    public string? Remarks { get; init; }
    public double? ValuationYieldPct { get; init; }
    public string? ValuationDate { get; init; }
    public long PostedAtMs { get; init; }
}
