namespace Platform.Trading.Domain.Positions;

/// A book's positions added up: market values, P&L by where it is reported, carry (decimal yuan) and DV01 (double yuan).
public readonly record struct BookTotals(
    decimal CleanMarketValueYuan,
    decimal DirtyMarketValueYuan,
    decimal AccruedInterestYuan,
    decimal RealisedPnlYuan,
    decimal UnrealisedPnlYuan,
    decimal OciYuan,
    decimal AmortisationYuan,
    decimal CarryYuan,
    double Dv01Yuan)
{
    public static BookTotals Of(ReadOnlySpan<PositionValuation> positions)
    {
        var t = new BookTotals();
        foreach (ref readonly var p in positions)
            t = new(t.CleanMarketValueYuan + p.CleanMarketValueYuan, t.DirtyMarketValueYuan + p.DirtyMarketValueYuan, t.AccruedInterestYuan + p.AccruedInterestYuan,
                t.RealisedPnlYuan + p.RealisedPnlYuan, t.UnrealisedPnlYuan + p.UnrealisedPnlYuan, t.OciYuan + p.OciYuan, t.AmortisationYuan + p.AmortisationYuan,
                t.CarryYuan + p.CarryYuan, t.Dv01Yuan + p.Dv01Yuan);
        return t;
    }
}
