using Platform.Analytics.Swaps;

namespace Platform.Host.Api.Analytics;

/// One accrual period of a swap leg, adjusted; paid on <see cref="PaymentDate"/>.
public sealed record SwapPeriodDto(DateOnly AccrualStart, DateOnly AccrualEnd, DateOnly PaymentDate, double YearFraction, DateOnly? FixingDate)
{
    public static SwapPeriodDto Of(SwapPeriod p) =>
        new(p.AccrualStart, p.AccrualEnd, p.PaymentDate, p.YearFraction, p.FixingDate == default ? null : p.FixingDate);
}
