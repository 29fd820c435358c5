namespace Platform.Trading.Contracts.Tickets;

/// A book's position in one bond: face held and promised to sell (万元), and, valued today on the latest valuation
/// (rolled forward at its yield), the clean and dirty market value, accrued interest and DV01 in yuan (DV01 positive when
/// the book gains as yields fall); then the P&L as the book's accounting class (AC / FVOCI / FVTPL) reports it: average
/// clean cost per 100 face and cost in yuan, amortised cost (AC and FVOCI), realised P&L, unrealised P&L to profit or
/// loss (FVTPL), OCI (FVOCI), amortisation to date and one day's carry. Figures are null when the bond has no
/// valuation, or the trades do not replay (a matured bond).
public sealed record PositionView(
    string BookId,
    string BondId,
    string BondShortName,
    string BondType,
    decimal FaceWan,
    decimal ReservedWan,
    DateOnly? ValuationDate,
    double? CleanPrice,
    double? Yield,
    decimal? CleanMarketValue,
    decimal? DirtyMarketValue,
    decimal? AccruedAmount,
    decimal? Dv01,
    DateTimeOffset UpdatedAt,
    string AccountingClass,
    double? AverageCleanCost,
    decimal? CostAmount,
    decimal? AmortisedCost,
    decimal? RealisedPnl,
    decimal? UnrealisedPnl,
    decimal? Oci,
    decimal? Amortisation,
    decimal? Carry);
