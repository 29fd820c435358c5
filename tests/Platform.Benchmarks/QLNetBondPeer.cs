using QL = QLNet;

namespace Platform.Benchmarks;

/// The same 10-year 2.5 % annual bond built in QLNet (a C# port of QuantLib), priced the way its users do:
/// BondFunctions with Compounded annual yield on ACT/ACT (ISMA). Only for side-by-side measurement.
internal sealed class QLNetBondPeer
{
    private readonly QL.FixedRateBond _bond;
    private readonly QL.DayCounter _dayCount = new QL.ActualActual(QL.ActualActual.Convention.ISMA);
    private readonly QL.Date _settlement;

    public QLNetBondPeer(DateOnly issue, DateOnly maturity, double coupon, DateOnly settlement)
    {
        _settlement = ToQl(settlement);
        QL.Settings.setEvaluationDate(_settlement);
        var schedule = new QL.Schedule(ToQl(issue), ToQl(maturity), new QL.Period(QL.Frequency.Annual), new QL.NullCalendar(),
            QL.BusinessDayConvention.Unadjusted, QL.BusinessDayConvention.Unadjusted, QL.DateGeneration.Rule.Backward, false);
        _bond = new QL.FixedRateBond(0, 100, schedule, [coupon], _dayCount, QL.BusinessDayConvention.Unadjusted);
    }

    public double CleanPrice(double yield) =>
        QL.BondFunctions.cleanPrice(_bond, yield, _dayCount, QL.Compounding.Compounded, QL.Frequency.Annual, _settlement);

    public double Yield(double cleanPrice) =>
        QL.BondFunctions.yield(_bond, cleanPrice, _dayCount, QL.Compounding.Compounded, QL.Frequency.Annual, _settlement, 1e-10, 100, 0.05);

    private static QL.Date ToQl(DateOnly d) => new(d.Day, (QL.Month)d.Month, d.Year);
}
