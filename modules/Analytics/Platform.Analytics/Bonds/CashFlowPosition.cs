using Platform.Analytics.DayCounts;
using Platform.SharedKernel;

namespace Platform.Analytics.Bonds;

/// Where a settlement date falls in a resolved cash-flow bond: the current period, the notional periods w to its
/// end, the accrued interest and the outstanding principal (per 100 original face), and the final-period facts.
internal readonly record struct CashFlowPosition(int Period, int RemainingPayments, double PeriodFractionToNext, double AccruedInterest,
    double Outstanding, bool InFinalCouponPeriod, double FinalPeriodYears)
{
    public static CashFlowPosition Of(ResolvedCashFlowBond bond, DateOnly settlement)
    {
        if (settlement < bond.EarliestSettlement)
            throw new DomainException(bond.EarliestSettlement == bond.Bond.IssueDate
                ? $"settlement {settlement:yyyy-MM-dd} is before the issue date {bond.Bond.IssueDate:yyyy-MM-dd}"
                : $"settlement {settlement:yyyy-MM-dd} is before {bond.EarliestSettlement:yyyy-MM-dd}, the start of the period the floater was resolved for: resolve it as of the settlement date",
                "settlementDate");
        if (settlement >= bond.FinalDate)
            throw new DomainException(bond.ExerciseDate is null
                ? $"settlement {settlement:yyyy-MM-dd} is on or after maturity {bond.FinalDate:yyyy-MM-dd}: nothing is left to price"
                : $"settlement {settlement:yyyy-MM-dd} is on or after the exercise date {bond.FinalDate:yyyy-MM-dd}: nothing is left to price to it",
                "settlementDate");
        var i = bond.PeriodOf(settlement);
        ref readonly var p = ref bond.Period(i);
        var f = bond.FrequencyPerYear;
        var remaining = bond.Periods.Length - i;
        var accrualYears = bond.DayCount == DayCount.ActActIcma
            ? p.Accrual.PeriodsTo(settlement) / f
            : bond.DayCount.YearFraction(p.Start, settlement, p.Start, p.End, f);
        var end = bond.FinalDate;
        var final = remaining == 1;
        var years = final ? (end.DayNumber - settlement.DayNumber) / (double)(end.DayNumber - end.AddYears(-1).DayNumber) : 0;
        return new CashFlowPosition(i, remaining, p.Accrual.PeriodsFrom(settlement), p.Rate * p.Outstanding * accrualYears, p.Outstanding, final, years);
    }
}
