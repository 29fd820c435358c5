using Platform.SharedKernel;

namespace Platform.Analytics.Curves;

/// A discount curve through nodes (t_i, DF_i), t_0 = 0 with DF 1, interpolated as named. It stores y_i = −ln DF_i = r_i·t_i,
/// the integral of the forward rate, which every interpolation here works on. Beyond the last node the last forward
/// (log-linear, monotone convex) or the last zero rate (linear zero) carries on. Doubles (analytics).
public sealed class InterpolatedDiscountCurve : IDiscountCurve
{
    private readonly double[] _times;
    private readonly double[] _integrated;
    private readonly MonotoneConvexForwards? _monotone;

    public DateOnly ValuationDate { get; }
    public CurveInterpolation Interpolation { get; }

    internal InterpolatedDiscountCurve(DateOnly valuationDate, CurveInterpolation interpolation, double[] times, double[] integrated)
    {
        ValuationDate = valuationDate;
        Interpolation = interpolation;
        _times = times;
        _integrated = integrated;
        if (interpolation == CurveInterpolation.MonotoneConvex) _monotone = new MonotoneConvexForwards(times, integrated);
    }

    /// A curve through discount factors at ACT/365F times after the valuation date (a node at 0 with DF 1 is implied).
    public static InterpolatedDiscountCurve Of(DateOnly valuationDate, CurveInterpolation interpolation, IReadOnlyList<double> times, IReadOnlyList<double> discountFactors)
    {
        if (times.Count == 0 || times.Count != discountFactors.Count)
            throw new DomainException("a curve needs at least one node and one discount factor per node", "nodes");
        if (!Enum.IsDefined(interpolation))
            throw new DomainException($"unknown interpolation {(int)interpolation}", "interpolation");
        var t = new double[times.Count + 1];
        var y = new double[times.Count + 1];
        for (var i = 0; i < times.Count; i++)
        {
            if (!(times[i] > t[i]) || !double.IsFinite(times[i]))
                throw new DomainException($"node times must be positive and increasing; node {i + 1} is at {times[i]}", "nodes");
            if (!(discountFactors[i] > 0) || !double.IsFinite(discountFactors[i]))
                throw new DomainException($"discount factors must be positive; node {i + 1} has {discountFactors[i]}", "nodes");
            t[i + 1] = times[i];
            y[i + 1] = -Math.Log(discountFactors[i]);
        }
        return new InterpolatedDiscountCurve(valuationDate, interpolation, t, y);
    }

    internal double NodeTime(int index) => _times[index];

    /// Moves one node while a bootstrap solves for it; the curve is never handed out before the bootstrap ends.
    internal void SetNode(int index, double integrated)
    {
        _integrated[index] = integrated;
        _monotone?.Refresh();
    }

    /// Node times after the valuation date (years) and their discount factors.
    public IReadOnlyList<(double Years, double DiscountFactor)> Nodes =>
        [.. _times.Skip(1).Select((t, i) => (t, Math.Exp(-_integrated[i + 1])))];

    public double DiscountFactor(double years) => Math.Exp(-Integrated(years));

    public double ZeroRate(double years) =>
        years > 1e-12 ? Integrated(years) / years : (_integrated[1] - _integrated[0]) / (_times[1] - _times[0]);

    /// −ln DF(t) = ∫₀ᵗ f(s) ds.
    internal double Integrated(double t)
    {
        if (t <= 0) return Interpolation == CurveInterpolation.LinearZero ? t * _integrated[1] / _times[1] : t * FirstForward();
        var n = _times.Length - 1;
        if (t >= _times[n]) return Extrapolate(t, n);
        var i = Segment(t);   // t in (t_{i−1}, t_i]
        return Interpolation switch
        {
            CurveInterpolation.LogLinearDiscount => Linear(_integrated[i - 1], _integrated[i], (t - _times[i - 1]) / (_times[i] - _times[i - 1])),
            CurveInterpolation.LinearZero => t * LinearZeroAt(t, i),
            _ => _monotone!.Integrated(t, i),
        };
    }

    private double FirstForward() => (_integrated[1] - _integrated[0]) / _times[1];

    private double LinearZeroAt(double t, int i)
    {
        var right = _integrated[i] / _times[i];
        if (i == 1) return right;   // flat zero rate before the first node
        var left = _integrated[i - 1] / _times[i - 1];
        return Linear(left, right, (t - _times[i - 1]) / (_times[i] - _times[i - 1]));
    }

    private double Extrapolate(double t, int n) => Interpolation switch
    {
        CurveInterpolation.LinearZero => t * _integrated[n] / _times[n],
        CurveInterpolation.MonotoneConvex => _integrated[n] + _monotone!.LastForward * (t - _times[n]),
        _ => _integrated[n] + (_integrated[n] - _integrated[n - 1]) / (_times[n] - _times[n - 1]) * (t - _times[n]),
    };

    /// The index i ≥ 1 with t_{i−1} &lt; t ≤ t_i.
    private int Segment(double t)
    {
        int low = 1, high = _times.Length - 1;
        while (low < high)
        {
            var mid = (low + high) >> 1;
            if (_times[mid] < t) low = mid + 1; else high = mid;
        }
        return low;
    }

    private static double Linear(double a, double b, double x) => a + (b - a) * x;
}
