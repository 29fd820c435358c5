namespace Platform.Host.Api.Analytics;

/// A bond as the analytics API takes it. <c>kind</c>:
/// <list type="bullet">
/// <item><c>zero</c>: maturity date only.</item>
/// <item><c>fixed</c>: coupon rate (decimal), frequency (1, 2, 4, 12), issue date, day count (default ACT/ACT-ICMA);
/// an issue date off the backward schedule is a first stub, short unless <c>firstCoupon</c> is <c>long</c>.</item>
/// <item><c>amortising</c>: a fixed bond with <c>repayments</c> (date, percent of the original face) 提前还本.</item>
/// <item><c>floating</c>: <c>index</c> (SHIBOR-3M, LPR-1Y, DEPOSIT-1Y, …) + <c>spread</c> (decimal), optional
/// <c>cap</c>, <c>floor</c>, <c>fixingLag</c> (business days); the fixings the current coupon needs are given in
/// <c>fixings</c> (the API never prices on demo data).</item>
/// </list>
/// Any coupon bond may carry <c>options</c> (call/put on coupon dates), <c>couponResets</c> (fixed only) and
/// <c>toExerciseDate</c> to price to that exercise date (行权收益率). Prices and measures of amortising bonds are per 100
/// of the outstanding face, as the inter-bank market quotes them.
public sealed record BondDefinitionDto(
    string Kind,
    DateOnly MaturityDate,
    double? CouponRate = null,
    int? Frequency = null,
    DateOnly? IssueDate = null,
    string? DayCount = null,
    string? FirstCoupon = null,
    IReadOnlyList<BondRepaymentDto>? Repayments = null,
    IReadOnlyList<BondOptionDto>? Options = null,
    IReadOnlyList<BondCouponResetDto>? CouponResets = null,
    DateOnly? ToExerciseDate = null,
    string? Index = null,
    double? Spread = null,
    double? Cap = null,
    double? Floor = null,
    int? FixingLag = null,
    IReadOnlyList<FixingDto>? Fixings = null);
