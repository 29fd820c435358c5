using Platform.Analytics.DayCounts;
using Platform.SharedKernel;

namespace Platform.Analytics.Bonds;

/// Where a settlement date falls in a bond's schedule: the coupon period around it, the accrued interest, how many
/// payments remain, and the fraction w of a period until the next coupon.
public readonly record struct SettlementPosition(
    DateOnly PreviousCoupon,
    DateOnly NextCoupon,
    int RemainingPayments,
    double PeriodFractionToNext,
    double AccruedInterest,
    bool InFinalCouponPeriod,
    double FinalPeriodYears)
{
    public static SettlementPosition Of(ResolvedFixedBond resolved, DateOnly settlement)
    {
        var bond = resolved.Bond;
        var schedule = resolved.Schedule;
        if (settlement < bond.IssueDate)
            throw new DomainException($"settlement {settlement:yyyy-MM-dd} is before the issue date {bond.IssueDate:yyyy-MM-dd}", "settlementDate");
        if (settlement >= bond.MaturityDate)
            throw new DomainException($"settlement {settlement:yyyy-MM-dd} is on or after maturity {bond.MaturityDate:yyyy-MM-dd}: nothing is left to price", "settlementDate");
        var i = schedule.PeriodOf(settlement);
        var dates = schedule.Dates;
        var (previous, next) = (dates[i], dates[i + 1]);
        var remaining = dates.Length - 1 - i;
        var periodDays = next.DayNumber - previous.DayNumber;
        var accrued = bond.CouponPerPeriod * bond.DayCount.YearFraction(previous, settlement, previous, next, bond.Frequency.PerYear) * bond.Frequency.PerYear;
        var w = (next.DayNumber - settlement.DayNumber) / (double)periodDays;
        var final = remaining == 1;
        var years = final
            ? (bond.MaturityDate.DayNumber - settlement.DayNumber) / (double)(bond.MaturityDate.DayNumber - bond.MaturityDate.AddYears(-1).DayNumber)
            : 0;
        return new SettlementPosition(previous, next, remaining, w, accrued, final, years);
    }
}
