using Platform.Analytics.Curves;
using Platform.Analytics.Solvers;
using Platform.SharedKernel;

namespace Platform.Analytics.BondRisk;

/// A bond's cash flows priced on a curve: P = Σ CF_i·D(t_i)/D(t_s), D(t) = DF(t)·e^(−z·t), z the Z-spread (continuously
/// compounded, over the curve's zero rates) and t_s the settlement. Key-rate and parallel DV01s are central differences
/// of 1 bp zero-rate bumps, per 100 face; positive for a long position. Doubles: analytics values; no allocation.
public static class BondCurveRisk
{
    private const double OneBasisPoint = 1e-4;

    public static double DirtyPrice(ReadOnlySpan<DateOnly> paymentDates, ReadOnlySpan<double> amounts, DateOnly settlement, IDiscountCurve curve, double zSpread)
    {
        Check(paymentDates, amounts, settlement, curve);
        var ts = curve.YearsTo(settlement);
        double pv = 0;
        for (var i = 0; i < paymentDates.Length; i++)
        {
            var t = curve.YearsTo(paymentDates[i]);
            pv += amounts[i] * curve.DiscountFactor(t) * Math.Exp(-zSpread * t);
        }
        return pv / (curve.DiscountFactor(ts) * Math.Exp(-zSpread * ts));
    }

    /// The Z-spread that reprices the dirty price (Newton in a bracket of ±100 %, at most 100 iterations).
    public static double ZSpread(ReadOnlySpan<DateOnly> paymentDates, ReadOnlySpan<double> amounts, DateOnly settlement, IDiscountCurve curve, double dirtyPrice)
    {
        Check(paymentDates, amounts, settlement, curve);
        if (!double.IsFinite(dirtyPrice) || dirtyPrice <= 0 || dirtyPrice > 1000)
            throw new DomainException($"dirty price must be above 0 and at most 1000 per 100 face, was {dirtyPrice}", "dirtyPrice");
        var ts = curve.YearsTo(settlement);
        var times = new double[paymentDates.Length];
        var discounted = new double[paymentDates.Length];
        for (var i = 0; i < times.Length; i++)
        {
            times[i] = curve.YearsTo(paymentDates[i]) - ts;
            discounted[i] = amounts[i] * curve.DiscountFactor(times[i] + ts) / curve.DiscountFactor(ts);
        }
        return YieldSolver.Solve(new SpreadGap(times, discounted, dirtyPrice), -1, 1, 0, "dirtyPrice");
    }

    /// Writes each key rate's DV01 into <paramref name="keyRateDv01s"/> and returns the parallel DV01 (both per 100 face).
    /// A cash flow feels at most two keys, so the cost is two exponentials per cash flow whatever the number of keys.
    public static double KeyRateDv01s(ReadOnlySpan<DateOnly> paymentDates, ReadOnlySpan<double> amounts, DateOnly settlement, IDiscountCurve curve,
        double zSpread, KeyRateGrid grid, Span<double> keyRateDv01s)
    {
        Check(paymentDates, amounts, settlement, curve);
        if (keyRateDv01s.Length < grid.Count)
            throw new DomainException($"room for {grid.Count} key rates is needed, there is {keyRateDv01s.Length}", "keyRates");
        keyRateDv01s[..grid.Count].Clear();
        var ts = curve.YearsTo(settlement);
        var settlementDiscount = curve.DiscountFactor(ts) * Math.Exp(-zSpread * ts);
        double parallel = 0;
        for (var i = 0; i < paymentDates.Length; i++)
        {
            var t = curve.YearsTo(paymentDates[i]);
            var pv = amounts[i] * curve.DiscountFactor(t) * Math.Exp(-zSpread * t) / settlementDiscount;
            // (P(−h) − P(+h))/2 for one cash flow under key k's bump is pv·sinh(h·(w_k(t)·t − w_k(t_s)·t_s)): the bump moves the
            // settlement discount too when settlement is after the curve date. At most four keys are touched.
            var kt = grid.Bracket(t, out _);
            var ks = ts > 0 ? grid.Bracket(ts, out _) : kt;
            AddKey(keyRateDv01s, grid, kt, t, ts, pv);
            AddKey(keyRateDv01s, grid, kt + 1, t, ts, pv);
            if (ks != kt && ks != kt + 1) AddKey(keyRateDv01s, grid, ks, t, ts, pv);
            if (ks + 1 != kt && ks + 1 != kt + 1 && ks != kt) AddKey(keyRateDv01s, grid, ks + 1, t, ts, pv);
            parallel += pv * Math.Sinh(OneBasisPoint * (t - ts));
        }
        return parallel;
    }

    private static void AddKey(Span<double> keyRateDv01s, KeyRateGrid grid, int key, double t, double ts, double pv)
    {
        if (key < 0 || key >= grid.Count) return;
        var exposure = WeightAt(grid, key, t) * t - (ts > 0 ? WeightAt(grid, key, ts) * ts : 0);
        if (exposure != 0) keyRateDv01s[key] += pv * Math.Sinh(OneBasisPoint * exposure);
    }

    private static double WeightAt(KeyRateGrid grid, int key, double t)
    {
        var k = grid.Bracket(t, out var lower);
        return k == key ? lower : k + 1 == key ? 1 - lower : 0;
    }

    private static void Check(ReadOnlySpan<DateOnly> paymentDates, ReadOnlySpan<double> amounts, DateOnly settlement, IDiscountCurve curve)
    {
        if (paymentDates.Length != amounts.Length || paymentDates.Length == 0)
            throw new DomainException("give one amount per payment date, and at least one payment", "cashFlows");
        if (settlement < curve.ValuationDate)
            throw new DomainException($"settlement {settlement:yyyy-MM-dd} is before the curve date {curve.ValuationDate:yyyy-MM-dd}", "settlementDate");
    }

    private readonly struct SpreadGap(double[] times, double[] discounted, double target) : IDecreasingFunction
    {
        public double Evaluate(double z, out double derivative)
        {
            double price = 0, slope = 0;
            for (var i = 0; i < times.Length; i++)
            {
                var pv = discounted[i] * Math.Exp(-z * times[i]);
                price += pv;
                slope -= pv * times[i];
            }
            derivative = slope;
            return price - target;
        }
    }
}
