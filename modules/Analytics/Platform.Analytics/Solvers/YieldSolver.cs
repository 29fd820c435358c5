using Platform.SharedKernel;

namespace Platform.Analytics.Solvers;

/// Newton's method with the true derivative, kept inside a bracket that shrinks at every step and falling back to
/// bisection whenever Newton would leave it: quadratic convergence where the function is smooth, never a hang.
public static class YieldSolver
{
    public const int MaxIterations = 100;
    public const double Tolerance = 1e-12;

    /// The root of a decreasing function in [low, high]; <paramref name="field"/> names the input blamed when there is none.
    public static double Solve<TFunction>(in TFunction function, double low, double high, double guess, string field)
        where TFunction : struct, IDecreasingFunction
    {
        if (function.Evaluate(low, out _) < 0 || function.Evaluate(high, out _) > 0)
            throw new DomainException($"no yield between {low:P0} and {high:P0} gives this price", field);
        var y = Math.Clamp(double.IsFinite(guess) ? guess : (low + high) / 2, low, high);
        for (var i = 0; i < MaxIterations; i++)
        {
            var value = function.Evaluate(y, out var derivative);
            if (Math.Abs(value) < Tolerance) return y;
            if (value > 0) low = y; else high = y;   // decreasing: a positive value means the yield is too low
            var next = derivative < 0 ? y - value / derivative : double.NaN;
            if (!(next > low && next < high)) next = (low + high) / 2;
            if (Math.Abs(next - y) < Tolerance * Math.Max(1, Math.Abs(y))) return next;
            y = next;
        }
        throw new DomainException($"the yield did not converge in {MaxIterations} iterations", field);
    }
}
