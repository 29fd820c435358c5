using Platform.Analytics.Curves.Bootstrap;
using Platform.Analytics.DayCounts;
using Platform.Analytics.Swaps;
using Platform.SharedKernel;
using QL = QLNet;

namespace Platform.Benchmarks;

/// The same curve in QLNet, built the way QuantLib users build it (and the way the library's reference vectors were
/// made): PiecewiseYieldCurve&lt;Discount, LogLinear&gt; on ACT/365F over DepositRateHelpers and SwapRateHelpers on a
/// SHIBOR 3M index. The index is QLNet's Shibor 3M (1 fixing day, Modified Following, ACT/360) on the calendar given,
/// not the Shibor class itself, which always uses China(IB) (see <see cref="QLNetInterbankCalendar"/>).
/// Only for side-by-side measurement.
internal sealed class QLNetShiborCurvePeer
{
    private readonly CurveDefinition _definition;
    private readonly QL.Date _tradeDate;
    private readonly QL.Calendar _calendar;
    private readonly Dictionary<string, QL.SimpleQuote> _liveQuotes = new(StringComparer.OrdinalIgnoreCase);

    /// A curve kept alive on quote handles, as a live pricing process holds it: a new quote rebuilds it.
    public QL.YieldTermStructure Curve { get; }
    public QL.Date LastPillar { get; }

    public QLNetShiborCurvePeer(CurveDefinition definition, DateOnly tradeDate, QL.Calendar calendar, IReadOnlyDictionary<string, double> quotes)
    {
        _definition = definition;
        _tradeDate = QLNetDates.ToQl(tradeDate);
        _calendar = calendar;
        QL.Settings.setEvaluationDate(_tradeDate);
        Curve = Build(quotes, _liveQuotes);
        var dates = ((QL.PiecewiseYieldCurve)Curve).dates();
        LastPillar = dates[^1];
    }

    /// Everything anew from the quotes (helpers, their schedules, the index, the curve), then one discount factor at
    /// the last pillar, which bootstraps every node: what a new curve costs in QLNet.
    public double FullBuild(IReadOnlyDictionary<string, double> quotes)
    {
        // QLNet's global registries (the evaluation date, each index name's fixings) keep a weak handler for every
        // helper, index and curve ever built and drop dead ones only when they notify: over a benchmark's many builds
        // they grow without bound (hundreds of MB), and setting the evaluation date, which prunes them, then costs more
        // than the build. Emptying them first measures the build itself: nothing here moves the evaluation date or adds
        // fixings after the set-up, so no observer misses a notification.
        QL.Settings.clearObservers();
        QL.IndexManager.instance().clearHistories();
        return Build(quotes, null).discount(LastPillar);
    }

    /// One quote moves on the live curve; the next discount factor re-runs the whole bootstrap (QLNet, like QuantLib,
    /// bootstraps every node again on any change): what a tick or a bump costs.
    public double Rebuild(string label, double quote)
    {
        _liveQuotes[label].setValue(quote);
        return Curve.discount(LastPillar);
    }

    /// The curve's nodes after the reference date and their discount factors.
    public IReadOnlyList<(DateOnly Date, double DiscountFactor)> Nodes() =>
        [.. ((QL.PiecewiseYieldCurve)Curve).dates().Skip(1).Select(d => (QLNetDates.ToDateOnly(d), Curve.discount(d)))];

    private QL.YieldTermStructure Build(IReadOnlyDictionary<string, double> quotes, Dictionary<string, QL.SimpleQuote>? keep)
    {
        var helpers = new List<QL.RateHelper>(_definition.Instruments.Count);
        foreach (var instrument in _definition.Instruments)
        {
            var quote = new QL.SimpleQuote(quotes[instrument.Label]);
            keep?.Add(instrument.Label, quote);
            helpers.Add(Helper(instrument, new QL.Handle<QL.Quote>(quote)));
        }
        var curve = new QL.PiecewiseYieldCurve<QL.Discount, QL.LogLinear>(_tradeDate, helpers, new QL.Actual365Fixed());
        curve.enableExtrapolation();   // bonds run past the 10Y pillar; LogLinear then carries the last forward on, as ours does
        return curve;
    }

    private QL.RateHelper Helper(CurveInstrument instrument, QL.Handle<QL.Quote> quote) => instrument switch
    {
        DepositInstrument d when d.DayCount == DayCount.Act360 =>
            new QL.DepositRateHelper(quote, Period(d.Tenor), d.StartLagBusinessDays, _calendar, Convention(d.Convention), false, new QL.Actual360()),
        SwapInstrument s when s.Convention == CnySwapConventions.Shibor3M && s.ForwardStart is null =>
            new QL.SwapRateHelper(quote, Period(s.Tenor), _calendar, QL.Frequency.Quarterly, QL.BusinessDayConvention.ModifiedFollowing,
                new QL.Actual365Fixed(), Shibor3M()),
        _ => throw new NotSupportedException($"no QLNet helper for {instrument}"),
    };

    private QL.IborIndex Shibor3M() =>
        new("Shibor", new QL.Period(3, QL.TimeUnit.Months), 1, new QL.CNYCurrency(), _calendar, QL.BusinessDayConvention.ModifiedFollowing, false, new QL.Actual360());

    private static QL.Period Period(Tenor tenor) => tenor.OvernightKind == OvernightKind.Overnight
        ? new QL.Period(1, QL.TimeUnit.Days)
        : new QL.Period(tenor.Amount, tenor.Unit switch
        {
            TenorUnit.Day => QL.TimeUnit.Days,
            TenorUnit.Week => QL.TimeUnit.Weeks,
            TenorUnit.Month => QL.TimeUnit.Months,
            _ => QL.TimeUnit.Years,
        });

    private static QL.BusinessDayConvention Convention(BusinessDayConvention convention) => convention switch
    {
        BusinessDayConvention.Following => QL.BusinessDayConvention.Following,
        BusinessDayConvention.ModifiedFollowing => QL.BusinessDayConvention.ModifiedFollowing,
        _ => throw new NotSupportedException($"no QLNet convention for {convention}"),
    };
}
