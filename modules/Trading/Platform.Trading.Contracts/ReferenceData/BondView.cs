namespace Platform.Trading.Contracts.ReferenceData;

/// A bond with the terms Analytics prices it by. <see cref="CouponRate"/> is a decimal fraction (0.0235 = 2.35 %),
/// null for zero-coupon and discount bonds; <see cref="Frequency"/> is coupons a year (0 for none before maturity).
/// Face amounts are in 万元 and the issue size in 亿元. An option (call or put) makes a yield to exercise available.
public sealed record BondView(
    string BondId,
    string ShortName,
    string FullName,
    string BondType,
    string IssuerId,
    string IssuerName,
    string CouponType,
    decimal? CouponRate,
    int Frequency,
    string DayCount,
    DateOnly IssueDate,
    DateOnly MaturityDate,
    decimal IssueSizeYi,
    decimal MinFaceWan,
    string? ExternalRating,
    string? RatingAgency,
    string? ImpliedRating,
    string? OptionKind,
    DateOnly? OptionDate,
    decimal? OptionPrice,
    string? Isin,
    IReadOnlyList<MarketCode> Codes);
