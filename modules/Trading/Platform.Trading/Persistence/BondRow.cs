namespace Platform.Trading.Persistence;

/// A row of trading_bonds joined with its issuer's name; settable so Dapper converts column types per database.
internal sealed class BondRow
{
    public string BondId { get; init; } = "";
    public string ShortName { get; init; } = "";
    public string FullName { get; init; } = "";
    public string BondType { get; init; } = "";
    public string IssuerId { get; init; } = "";
    public string? IssuerName { get; init; }
    public string CouponType { get; init; } = "";
    public decimal? CouponRate { get; init; }
    public long Frequency { get; init; }
    public string DayCount { get; init; } = "";
    public string IssueDate { get; init; } = "";
    public string MaturityDate { get; init; } = "";
    public decimal IssueSizeYi { get; init; }
    public decimal MinFaceWan { get; init; }
    public string? ExternalRating { get; init; }
    public string? RatingAgency { get; init; }
    public string? ImpliedRating { get; init; }
    public string? OptionKind { get; init; }
    public string? OptionDate { get; init; }
    public decimal? OptionPrice { get; init; }
    public string? Isin { get; init; }
}
