namespace Platform.Analytics.Curves.Parametric;

/// The Nelder–Mead simplex minimiser (reflection 1, expansion 2, contraction ½, shrink ½) for the few nonlinear
/// parameters of a curve. Infeasible points may score +∞: the simplex then contracts away from them. It stops when
/// the simplex is smaller than the tolerance in every coordinate, or after the iteration limit.
internal static class NelderMead
{
    public static (double[] Best, double Value, int Iterations) Minimise(
        Func<double[], double> f, double[] start, double step, double tolerance, int maxIterations)
    {
        var n = start.Length;
        var points = new double[n + 1][];
        var values = new double[n + 1];
        for (var i = 0; i <= n; i++)
        {
            points[i] = (double[])start.Clone();
            if (i > 0) points[i][i - 1] += step;
            values[i] = f(points[i]);
        }
        var iterations = 0;
        while (iterations < maxIterations)
        {
            Sort(points, values);
            if (Size(points) < tolerance) break;
            iterations++;
            var centroid = new double[n];
            for (var i = 0; i < n; i++)
                for (var d = 0; d < n; d++) centroid[d] += points[i][d] / n;
            var reflected = Along(centroid, points[n], -1);
            var fr = f(reflected);
            if (fr < values[0])
            {
                var expanded = Along(centroid, points[n], -2);
                var fe = f(expanded);
                (points[n], values[n]) = fe < fr ? (expanded, fe) : (reflected, fr);
            }
            else if (fr < values[n - 1])
            {
                (points[n], values[n]) = (reflected, fr);
            }
            else
            {
                // Contract towards the better of the worst point and its reflection.
                var outside = fr < values[n];
                var contracted = Along(centroid, points[n], outside ? -0.5 : 0.5);
                var fc = f(contracted);
                if (fc < (outside ? fr : values[n]))
                {
                    (points[n], values[n]) = (contracted, fc);
                }
                else
                {
                    for (var i = 1; i <= n; i++)
                    {
                        points[i] = Along(points[0], points[i], 0.5);
                        values[i] = f(points[i]);
                    }
                }
            }
        }
        Sort(points, values);
        return (points[0], values[0], iterations);
    }

    /// centroid + t·(point − centroid).
    private static double[] Along(double[] centroid, double[] point, double t)
    {
        var result = new double[centroid.Length];
        for (var d = 0; d < result.Length; d++) result[d] = centroid[d] + t * (point[d] - centroid[d]);
        return result;
    }

    private static double Size(double[][] points)
    {
        var size = 0.0;
        for (var i = 1; i < points.Length; i++)
            for (var d = 0; d < points[0].Length; d++) size = Math.Max(size, Math.Abs(points[i][d] - points[0][d]));
        return size;
    }

    private static void Sort(double[][] points, double[] values) => Array.Sort(values, points);
}
