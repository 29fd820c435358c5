namespace Platform.Trading.Persistence;

/// A row of trading_valuations (prices and yield as stored doubles; yield in percent).
internal sealed class ValuationRow
{
    public string BondId { get; init; } = "";
    public string ValueDate { get; init; } = "";
    public double CleanPrice { get; init; }
    public double DirtyPrice { get; init; }
    public double Accrued { get; init; }
    public double YieldPct { get; init; }
    public double ModifiedDuration { get; init; }
    public string Source { get; init; } = "";
}
