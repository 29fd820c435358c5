namespace Platform.Host.Api.Analytics;

/// A bond as the analytics API takes it. <c>kind</c> is <c>fixed</c> or <c>zero</c>; a fixed bond needs its coupon
/// rate (decimal), frequency (1, 2, 4, 12), issue date and day count (default ACT/ACT-ICMA).
public sealed record BondDefinitionDto(
    string Kind,
    DateOnly MaturityDate,
    double? CouponRate = null,
    int? Frequency = null,
    DateOnly? IssueDate = null,
    string? DayCount = null);
