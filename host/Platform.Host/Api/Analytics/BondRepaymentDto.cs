namespace Platform.Host.Api.Analytics;

/// A principal repayment of an amortising bond: on a coupon date, a percentage of the original face (20 = 20 %).
public sealed record BondRepaymentDto(DateOnly Date, double PercentOfOriginalFace);
