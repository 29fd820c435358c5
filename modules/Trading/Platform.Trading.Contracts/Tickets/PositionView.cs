namespace Platform.Trading.Contracts.Tickets;

/// A book's position in one bond: face held and promised to sell (万元), and, on the latest valuation, the clean and
/// dirty market value, accrued interest and DV01 in yuan (DV01 positive when the book gains as yields fall).
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
    DateTimeOffset UpdatedAt);
