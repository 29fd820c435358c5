namespace Platform.Web.Components.Pages.Analytics;

/// A bond the calculator can fill its form with: inter-bank code, Chinese short name and terms. A null coupon is a
/// discount instrument (同业存单), priced as a zero.
public sealed record DemoBond(
    string Code, string ShortName, DemoBondCategory Category, double? CouponPercent, int Frequency, DateOnly IssueDate, DateOnly MaturityDate)
{
    public bool IsDiscount => CouponPercent is null;
}
