namespace Platform.Analytics.Curves;

/// Hagan and West's monotone convex method ("Interpolation methods for curve construction", 2006), without their
/// positivity collar so that negative rates pass through: instantaneous forwards at the nodes from the neighbouring
/// discrete forwards, then on each interval a piecewise quadratic g around the discrete forward chosen by which of four
/// regions (g₀, g₁) falls in. The integral of g over an interval is zero, so every node is repriced exactly.
internal sealed class MonotoneConvexForwards
{
    private readonly double[] _times;
    private readonly double[] _integrated;
    private readonly double[] _discrete;   // f^d_i over (t_{i−1}, t_i], index 1..n
    private readonly double[] _node;       // f_i at t_i, index 0..n

    public MonotoneConvexForwards(double[] times, double[] integrated)
    {
        _times = times;
        _integrated = integrated;
        _discrete = new double[times.Length];
        _node = new double[times.Length];
        Refresh();
    }

    /// Recomputes the forwards after a node moved (the bootstrap moves one node many times).
    public void Refresh()
    {
        var (times, integrated) = (_times, _integrated);
        var n = times.Length - 1;
        for (var i = 1; i <= n; i++) _discrete[i] = (integrated[i] - integrated[i - 1]) / (times[i] - times[i - 1]);
        if (n == 1)
        {
            _node[0] = _node[1] = _discrete[1];
            return;
        }
        for (var i = 1; i < n; i++)
        {
            var span = times[i + 1] - times[i - 1];
            _node[i] = (times[i] - times[i - 1]) / span * _discrete[i + 1] + (times[i + 1] - times[i]) / span * _discrete[i];
        }
        _node[0] = _discrete[1] - (_node[1] - _discrete[1]) / 2;
        _node[n] = _discrete[n] - (_node[n - 1] - _discrete[n]) / 2;
    }

    public double LastForward => _node[^1];

    /// ∫₀ᵗ f for t in (t_{i−1}, t_i].
    public double Integrated(double t, int i)
    {
        var width = _times[i] - _times[i - 1];
        var x = (t - _times[i - 1]) / width;
        var g0 = _node[i - 1] - _discrete[i];
        var g1 = _node[i] - _discrete[i];
        return _integrated[i - 1] + width * (_discrete[i] * x + IntegralOfG(g0, g1, x));
    }

    /// ∫₀ˣ g(u) du over the unit interval, g(0) = g₀, g(1) = g₁, ∫₀¹ g = 0.
    internal static double IntegralOfG(double g0, double g1, double x)
    {
        if (x <= 0 || (g0 == 0 && g1 == 0)) return 0;
        if ((g0 < 0 && -g0 / 2 <= g1 && g1 <= -2 * g0) || (g0 > 0 && -g0 / 2 >= g1 && g1 >= -2 * g0))
            return g0 * (x - 2 * x * x + x * x * x) + g1 * (x * x * x - x * x);
        if ((g0 < 0 && g1 > -2 * g0) || (g0 > 0 && g1 < -2 * g0))
        {
            var eta = (g1 + 2 * g0) / (g1 - g0);
            return x <= eta ? g0 * x : g0 * x + (g1 - g0) * Cube(x - eta) / (3 * (1 - eta) * (1 - eta));
        }
        if ((g0 > 0 && g1 < 0 && g1 > -g0 / 2) || (g0 < 0 && g1 > 0 && g1 < -g0 / 2))
        {
            var eta = 3 * g1 / (g1 - g0);
            return x < eta
                ? g1 * x + (g0 - g1) * eta / 3 * (1 - Cube((eta - x) / eta))
                : g1 * x + (g0 - g1) * eta / 3;
        }
        var etaIv = g1 / (g1 + g0);
        var a = -g0 * g1 / (g0 + g1);
        return x <= etaIv
            ? a * x + (g0 - a) * etaIv / 3 * (1 - Cube((etaIv - x) / etaIv))
            : a * x + (g0 - a) * etaIv / 3 + (g1 - a) * Cube(x - etaIv) / (3 * (1 - etaIv) * (1 - etaIv));
    }

    private static double Cube(double v) => v * v * v;
}
