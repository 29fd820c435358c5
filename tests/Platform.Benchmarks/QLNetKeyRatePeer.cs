using Platform.Analytics.Bonds;
using QL = QLNet;

namespace Platform.Benchmarks;

/// Key-rate DV01s the way QLNet users compute them: the bonds as FixedRateBonds (unadjusted coupon dates, ACT/ACT ISMA
/// coupons), priced off a PiecewiseZeroSpreadedTermStructure over the curve whose spreads are one quote per key date
/// (continuous zero-rate spreads, linear between keys, flat beyond the ends: the same triangular bumps as
/// KeyRateGrid), each key moved −1 bp then +1 bp with every bond repriced at each by BondFunctions.cleanPrice on that
/// curve (the accrued interest cancels in the difference). Per 100 face; a long position's
/// DV01 is positive. Key dates are whole days after the curve date, so a key's time is round(years·365)/365.
internal sealed class QLNetKeyRatePeer
{
    private const double OneBasisPoint = 1e-4;
    private readonly QL.FixedRateBond[] _bonds;
    private readonly QL.SimpleQuote[] _spreads;
    private readonly QL.YieldTermStructure _bumped;
    private readonly QL.Date _settlement;
    private readonly double[] _down;

    /// The key times as QLNet sees them (ACT/365F years of the key dates).
    public double[] KeyYears { get; }

    public QLNetKeyRatePeer(QL.YieldTermStructure curve, IReadOnlyList<FixedCouponBond> bonds, DateOnly settlement, ReadOnlySpan<double> keyYears)
    {
        _settlement = QLNetDates.ToQl(settlement);
        var reference = curve.referenceDate();
        var keyDates = new List<QL.Date>(keyYears.Length);
        KeyYears = new double[keyYears.Length];
        for (var k = 0; k < keyYears.Length; k++)
        {
            var days = (int)Math.Round(keyYears[k] * 365);
            keyDates.Add(reference + days);
            KeyYears[k] = days / 365.0;
        }
        _spreads = [.. keyDates.Select(_ => new QL.SimpleQuote(0.0))];
        _bumped = new QL.PiecewiseZeroSpreadedTermStructure(new QL.Handle<QL.YieldTermStructure>(curve),
            [.. _spreads.Select(q => new QL.Handle<QL.Quote>(q))], keyDates, QL.Compounding.Continuous, QL.Frequency.NoFrequency, new QL.Actual365Fixed());
        _bumped.enableExtrapolation();   // past the curve's last pillar, as the curve itself
        _bonds = [.. bonds.Select(Bond)];
        _down = new double[_bonds.Length];
    }

    /// Writes bond i's DV01 for key k into <paramref name="result"/>[i·keys + k].
    public void KeyRateDv01s(double[] result)
    {
        var keys = _spreads.Length;
        for (var k = 0; k < keys; k++)
        {
            _spreads[k].setValue(-OneBasisPoint);
            for (var i = 0; i < _bonds.Length; i++) _down[i] = QL.BondFunctions.cleanPrice(_bonds[i], _bumped, _settlement);
            _spreads[k].setValue(OneBasisPoint);
            for (var i = 0; i < _bonds.Length; i++)
                result[i * keys + k] = (_down[i] - QL.BondFunctions.cleanPrice(_bonds[i], _bumped, _settlement)) / 2;
            _spreads[k].setValue(0.0);
        }
    }

    private static QL.FixedRateBond Bond(FixedCouponBond bond)
    {
        var schedule = new QL.Schedule(QLNetDates.ToQl(bond.IssueDate), QLNetDates.ToQl(bond.MaturityDate), new QL.Period((QL.Frequency)bond.Frequency.PerYear),
            new QL.NullCalendar(), QL.BusinessDayConvention.Unadjusted, QL.BusinessDayConvention.Unadjusted, QL.DateGeneration.Rule.Backward, false);
        return new QL.FixedRateBond(0, 100, schedule, [bond.CouponRate], new QL.ActualActual(QL.ActualActual.Convention.ISMA), QL.BusinessDayConvention.Unadjusted);
    }
}
