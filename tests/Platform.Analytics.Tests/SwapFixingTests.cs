using Platform.Analytics.Curves;
using Platform.Analytics.Indices;
using Platform.Analytics.Swaps;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;
using Xunit;

namespace Platform.Analytics.Tests;

/// Floating legs that have started: FR007 compounding over 7-day resets, SHIBOR and LPR fixings, and the forecasts of
/// each style checked by hand on a flat curve.
public sealed class SwapFixingTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static BusinessCalendar Calendar => MarketCalendars.CnInterbankProjected;

    private static InterpolatedDiscountCurve Flat(double rate) =>
        InterpolatedDiscountCurve.Of(Today, CurveInterpolation.LogLinearDiscount, [0.5, 1, 5, 12], [.. new[] { 0.5, 1, 5, 12 }.Select(t => Math.Exp(-rate * t))]);

    private static ResolvedSwap Swap(SwapConvention convention, DateOnly effective, int years = 2) =>
        InterestRateSwap.Of(convention, SwapDirection.Payer, 10_000_000m, 0.018, effective, effective.AddYears(years)).Resolve(Calendar);

    [Fact]
    public void An_fr007_period_compounds_its_past_fixings_and_forecasts_the_rest()
    {
        var swap = Swap(CnySwapConventions.Fr007, new DateOnly(2026, 10, 15));
        var fixings = CnyDemoFixings.History.For("FR007");
        var curve = Flat(0.016);
        var first = swap.FloatingPeriods[0];

        var flow = SwapPricer.CashFlows(swap, curve, fixings: fixings).First(f => f.Leg == SwapLeg.Floating);

        double growth = 1;
        var k = 0;
        for (; k < first.ResetStarts.Length && first.ResetFixings[k] < Today; k++)
        {
            var end = k + 1 < first.ResetStarts.Length ? first.ResetStarts[k + 1] : first.AccrualEnd;
            growth *= 1 + fixings.On(first.ResetFixings[k]) * (end.DayNumber - first.ResetStarts[k].DayNumber) / 365.0;
        }
        Assert.True(k is > 3 and < 14, $"{k} resets fixed");
        growth *= Math.Exp(0.016 * (first.AccrualEnd.DayNumber - first.ResetStarts[k].DayNumber) / 365.0);
        Assert.Equal(10_000_000 * (growth - 1), flow.Amount, 6);
    }

    [Fact]
    public void Fr007_reset_dates_are_weekly_from_the_period_start_and_fix_the_business_day_before()
    {
        var swap = Swap(CnySwapConventions.Fr007, new DateOnly(2026, 10, 15));
        var first = swap.FloatingPeriods[0];

        Assert.Equal(first.AccrualStart, first.ResetStarts[0]);
        Assert.All(first.ResetStarts.Skip(1).Zip(first.ResetStarts), pair => Assert.Equal(7, pair.First.DayNumber - pair.Second.DayNumber));
        Assert.All(first.ResetStarts.Zip(first.ResetFixings), pair => Assert.Equal(Calendar.Advance(pair.First, -1), pair.Second));
    }

    [Fact]
    public void A_started_shibor_period_pays_its_fixing_and_a_missing_one_is_named()
    {
        var swap = Swap(CnySwapConventions.Shibor3M, new DateOnly(2026, 10, 15));
        var withFixing = FixingHistory.Empty.With("SHIBOR-3M", swap.FloatingPeriods[0].FixingDate, 0.0175).For("SHIBOR-3M");

        var flow = SwapPricer.CashFlows(swap, Flat(0.016), fixings: withFixing).First(f => f.Leg == SwapLeg.Floating);
        var error = Assert.Throws<DomainException>(() => SwapPricer.Price(swap, Flat(0.016)));

        Assert.Equal(0.0175, flow.Rate, 15);
        Assert.Equal(10_000_000 * 0.0175 * swap.FloatingPeriods[0].YearFraction, flow.Amount, 6);
        Assert.Equal("fixings", error.Field);
        Assert.Contains("SHIBOR-3M", error.Message);
    }

    [Fact]
    public void An_lpr_period_takes_the_rate_in_force_and_future_ones_the_one_year_forward()
    {
        var swap = Swap(CnySwapConventions.Lpr1Y, new DateOnly(2026, 10, 15));
        var curve = Flat(0.03);

        var flows = SwapPricer.CashFlows(swap, curve, fixings: CnyDemoFixings.History.For("LPR-1Y")).Where(f => f.Leg == SwapLeg.Floating).ToList();

        Assert.True(CnyDemoFixings.History.For("LPR-1Y").TryLatestOnOrBefore(swap.FloatingPeriods[0].FixingDate, out _, out var inForce));
        Assert.Equal(inForce, flows[0].Rate, 15);
        var p = swap.FloatingPeriods[1];
        var forward = (Math.Exp(0.03 * (p.ForecastEnd.DayNumber - p.AccrualStart.DayNumber) / 365.0) - 1) / ((p.ForecastEnd.DayNumber - p.AccrualStart.DayNumber) / 360.0);
        Assert.Equal(forward, flows[1].Rate, 12);
        Assert.Equal(Calendar.Advance(p.AccrualStart, Tenor.OfYears(1), BusinessDayConvention.ModifiedFollowing, false), p.ForecastEnd);
    }

    [Fact]
    public void Cash_flows_add_up_to_the_npv()
    {
        var swap = Swap(CnySwapConventions.Fr007, new DateOnly(2026, 10, 15), 5);
        var fixings = CnyDemoFixings.History.For("FR007");

        var npv = SwapPricer.Price(swap, Flat(0.017), fixings: fixings).Npv;
        var sum = SwapPricer.CashFlows(swap, Flat(0.017), fixings: fixings).Sum(f => f.PresentValue);

        Assert.Equal(npv, sum, 6);
    }

    [Fact]
    public void Paid_periods_drop_out()
    {
        var swap = Swap(CnySwapConventions.Shibor3M, new DateOnly(2025, 10, 15));
        var fixings = CnyDemoFixings.History.For("SHIBOR-3M");

        var flows = SwapPricer.CashFlows(swap, Flat(0.016), fixings: fixings);

        Assert.All(flows, f => Assert.True(f.PaymentDate > Today));
        Assert.Equal(swap.FixedPeriods.Count(p => p.PaymentDate > Today), flows.Count(f => f.Leg == SwapLeg.Fixed));
    }

    [Fact]
    public void Conventions_agree_with_the_index_catalogue()
    {
        foreach (var convention in CnySwapConventions.All)
        {
            var index = CnyRateIndices.ByName(convention.Floating.IndexName);
            Assert.Equal(index.Tenor, convention.Floating.IndexTenor);
        }
    }
}
