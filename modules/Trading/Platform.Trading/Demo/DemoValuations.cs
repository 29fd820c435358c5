using Platform.Analytics.Curves.Parametric;
using Platform.SharedKernel.Calendars;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Domain.Pricing;

namespace Platform.Trading.Demo;

/// DEMO DATA: 中债估值-style daily valuations, generated consistently with Analytics: each day's yield is the demo
/// government curve moved by a level and a slope random walk, plus the bond's spread for its type and rating and a
/// small mean-reverting bond-specific part; the yield is rounded to 0.0001 % and the clean price is what Analytics
/// gives for it, rounded to 0.0001. Bonds with a call or put are valued to exercise until the exercise date.
internal static class DemoValuations
{
    public const string Source = "DEMO-CB";

    /// The business days (cn-interbank) of the <paramref name="days"/>-day window ending on <paramref name="end"/>.
    public static IReadOnlyList<DateOnly> Window(DateOnly end, int days)
    {
        var calendar = MarketCalendars.CnInterbank;
        var last = calendar.IsBusinessDay(end) ? end : calendar.PreviousBusinessDay(end);
        var dates = new List<DateOnly>(days) { last };
        while (dates.Count < days) dates.Add(calendar.PreviousBusinessDay(dates[^1]));
        dates.Reverse();
        return dates;
    }

    public static IReadOnlyList<ValuationView> Build(IReadOnlyList<BondView> bonds, IReadOnlyList<DateOnly> dates)
    {
        var random = new Random(7_250);
        var curve = DemoGovernmentCurve.Fit(dates[^1]).Curve.Parameters;
        var level = new double[dates.Count];
        var slope = new double[dates.Count];
        for (var d = 1; d < dates.Count; d++)
        {
            level[d] = level[d - 1] + Normal(random) * 0.00015 - level[d - 1] * 0.01;   // ~1.5 bp a day, weakly mean-reverting
            slope[d] = slope[d - 1] + Normal(random) * 0.00008 - slope[d - 1] * 0.02;
        }
        var valuations = new List<ValuationView>(bonds.Count * dates.Count);
        foreach (var bond in bonds)
        {
            var priced = PricedBond.Of(bond);
            var spread = SpreadOf(bond) + (random.NextDouble() - 0.5) * 0.002;
            var own = 0.0;
            for (var d = 0; d < dates.Count; d++)
            {
                var date = dates[d];
                own = own * 0.9 + Normal(random) * 0.00004;
                if (date < bond.IssueDate || date >= bond.MaturityDate) continue;
                var toExercise = bond.OptionDate is { } exercise && date < exercise;
                var end = toExercise ? bond.OptionDate!.Value : bond.MaturityDate;
                var years = (end.DayNumber - date.DayNumber) / 365.0;
                var nss = new NelsonSiegelSvenssonCurve(date, curve);
                var y = nss.YieldAt(Math.Max(years, 0.05)) + level[d] + slope[d] * (Math.Min(years, 30) - 5) / 10 + spread + own;
                var yield = Math.Round(Math.Max(y, 0.0005), 6);
                var m = priced.FromYield(date, yield, toExercise);
                valuations.Add(new ValuationView(bond.BondId, date, Math.Round(m.CleanPrice, 4), Math.Round(m.DirtyPrice, 4), Math.Round(m.AccruedInterest, 6),
                    yield, Math.Round(m.ModifiedDuration, 4), Source));
            }
        }
        return valuations;
    }

    private static double SpreadOf(BondView bond) => bond.BondType switch
    {
        BondTypes.Treasury => 0,
        BondTypes.LocalGovernment => 0.0018,
        BondTypes.PolicyBank => 0.0012,
        BondTypes.Ncd => 0.0025,
        BondTypes.Abs => 0.0045,
        BondTypes.Ppn => DemoBonds.Spread(bond.ExternalRating ?? "AA") + 0.0025,
        BondTypes.Enterprise => DemoBonds.Spread(bond.ExternalRating ?? "AA") + 0.002,
        _ => DemoBonds.Spread(bond.ImpliedRating ?? bond.ExternalRating ?? "AA"),
    };

    private static double Normal(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
