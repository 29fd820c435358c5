namespace Platform.Analytics.Solvers;

/// A strictly decreasing function with its derivative, as a struct so that solving allocates nothing.
public interface IDecreasingFunction
{
    double Evaluate(double x, out double derivative);
}
