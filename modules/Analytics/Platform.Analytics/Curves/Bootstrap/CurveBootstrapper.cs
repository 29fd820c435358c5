using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;

namespace Platform.Analytics.Curves.Bootstrap;

/// Builds a discount curve that reprices its instruments: node by node in pillar order, each node's −ln DF solved by
/// the secant method (bisection as a fallback) until the instrument's quote is matched to 1e-14. Monotone convex
/// nodes move their neighbours' forwards, so for it the pass repeats until no node moves (at most 50 passes).
public static class CurveBootstrapper
{
    private const int MaxPasses = 50;
    private const int MaxIterations = 60;
    private const double ResidualTolerance = 1e-14;

    public static BootstrappedCurve Bootstrap(CurveDefinition definition, DateOnly valuationDate, IReadOnlyDictionary<string, double> quotes,
        IBusinessCalendar calendar, IDiscountCurve? discountCurve = null) =>
        ResolvedCurveDefinition.Resolve(definition, valuationDate, calendar, discountCurve).Bootstrap(quotes);

    internal static BootstrappedCurve Bootstrap(ResolvedCurveDefinition resolved, ReadOnlySpan<double> quotes)
    {
        var nodes = resolved.Nodes;
        if (quotes.Length != nodes.Length)
            throw new DomainException($"curve {resolved.Definition.Name} needs {nodes.Length} quotes, got {quotes.Length}", "quotes");
        for (var i = 0; i < quotes.Length; i++)
            if (!double.IsFinite(quotes[i]) || quotes[i] <= -0.2 || quotes[i] >= 1)
                throw new DomainException($"quote {nodes[i].Label} must be a decimal rate between -0.2 and 1 (0.0245 = 2.45 %), was {quotes[i]}", "quotes." + nodes[i].Label);

        var times = new double[nodes.Length + 1];
        var integrated = new double[nodes.Length + 1];
        for (var i = 0; i < nodes.Length; i++)
        {
            times[i + 1] = (nodes[i].PillarDate.DayNumber - resolved.ValuationDate.DayNumber) / 365.0;
            integrated[i + 1] = quotes[i] * times[i + 1];   // the quote as a zero rate: a start every solver is near
        }
        var curve = new InterpolatedDiscountCurve(resolved.ValuationDate, resolved.Definition.Interpolation, times, integrated);
        var local = resolved.Definition.Interpolation != CurveInterpolation.MonotoneConvex;
        var passes = 0;
        for (var moved = double.MaxValue; moved > 1e-15 && passes < MaxPasses; passes++)
        {
            moved = 0;
            for (var i = 0; i < nodes.Length; i++)
            {
                var before = integrated[i + 1];
                nodes[i].BeginSolve(curve, local ? times[i] : -1);
                SolveNode(curve, nodes[i], quotes[i], i + 1, passes > 0 || i == 0 ? before : integrated[i] * times[i + 1] / times[i]);
                moved = Math.Max(moved, Math.Abs(integrated[i + 1] - before));
            }
            if (local) { passes++; break; }
        }
        if (!local && passes >= MaxPasses)
            throw new DomainException($"curve {resolved.Definition.Name} did not settle in {MaxPasses} passes", "quotes");
        return new BootstrappedCurve(resolved, quotes.ToArray(), curve, passes);
    }

    private static void SolveNode(InterpolatedDiscountCurve curve, CurveNode node, double quote, int index, double guess)
    {
        var x0 = guess;
        var f0 = Residual(curve, node, quote, index, x0);
        if (Math.Abs(f0) < ResidualTolerance) return;
        var x1 = x0 + 1e-4 * Math.Max(curve.NodeTime(index), 1e-3);
        var f1 = Residual(curve, node, quote, index, x1);
        for (var k = 0; k < MaxIterations && double.IsFinite(f1); k++)
        {
            if (Math.Abs(f1) < ResidualTolerance) return;
            if (f1 == f0) break;
            var x2 = x1 - f1 * (x1 - x0) / (f1 - f0);
            (x0, f0) = (x1, f1);
            x1 = x2;
            f1 = Residual(curve, node, quote, index, x1);
            if (Math.Abs(x1 - x0) < 1e-16 * Math.Max(1, Math.Abs(x1)) && Math.Abs(f1) < 1e-12) return;
        }
        Bisect(curve, node, quote, index);
    }

    /// The fallback: zero rates from −50 % to 100 % over the pillar's time.
    private static void Bisect(InterpolatedDiscountCurve curve, CurveNode node, double quote, int index)
    {
        var t = curve.NodeTime(index);
        double low = -0.5 * t, high = 1.0 * t;
        var fLow = Residual(curve, node, quote, index, low);
        var fHigh = Residual(curve, node, quote, index, high);
        if (!(fLow * fHigh <= 0))
            throw new DomainException($"no curve reprices {node.Label} at {quote}; check the quote against its neighbours", "quotes." + node.Label);
        for (var k = 0; k < 200; k++)
        {
            var mid = (low + high) / 2;
            var fMid = Residual(curve, node, quote, index, mid);
            if (Math.Abs(fMid) < ResidualTolerance || high - low < 1e-17) return;
            if (fMid * fLow <= 0) high = mid;
            else (low, fLow) = (mid, fMid);
        }
        throw new DomainException($"the curve did not converge on {node.Label}", "quotes." + node.Label);
    }

    private static double Residual(InterpolatedDiscountCurve curve, CurveNode node, double quote, int index, double integrated)
    {
        curve.SetNode(index, integrated);
        return node.Residual(curve, quote);
    }
}
