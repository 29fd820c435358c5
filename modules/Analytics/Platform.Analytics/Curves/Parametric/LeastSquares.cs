namespace Platform.Analytics.Curves.Parametric;

/// Small dense linear least squares, min ‖A·x − b‖, by Householder QR: the normal equations would square the
/// condition number, and neighbouring Nelson–Siegel loadings are correlated enough for that to cost digits.
internal static class LeastSquares
{
    /// Below this, relative to the largest diagonal of R, a column counts as a combination of the others.
    private const double RankTolerance = 1e-10;

    /// Solves in place (A and b are overwritten). False when A is rank-deficient: no unique solution.
    public static bool TrySolve(double[,] a, double[] b, Span<double> x)
    {
        int m = a.GetLength(0), n = a.GetLength(1);
        var largest = 0.0;
        for (var k = 0; k < n; k++)
        {
            var norm = 0.0;
            for (var i = k; i < m; i++) norm = double.Hypot(norm, a[i, k]);
            if (norm == 0) return false;
            var alpha = a[k, k] > 0 ? -norm : norm;   // the sign that avoids cancellation in v = a − α·e
            var v0 = a[k, k] - alpha;
            a[k, k] = alpha;
            // Reflector H = I − 2vvᵀ/vᵀv with v = (v0, a[k+1..m, k]); vᵀv = −2·α·v0 for this choice of α.
            var vtv = -2 * alpha * v0;
            for (var j = k + 1; j < n; j++)
            {
                var dot = v0 * a[k, j];
                for (var i = k + 1; i < m; i++) dot += a[i, k] * a[i, j];
                var f = 2 * dot / vtv;
                a[k, j] -= f * v0;
                for (var i = k + 1; i < m; i++) a[i, j] -= f * a[i, k];
            }
            var db = v0 * b[k];
            for (var i = k + 1; i < m; i++) db += a[i, k] * b[i];
            var fb = 2 * db / vtv;
            b[k] -= fb * v0;
            for (var i = k + 1; i < m; i++) b[i] -= fb * a[i, k];
            largest = Math.Max(largest, Math.Abs(alpha));
        }
        for (var k = 0; k < n; k++)
        {
            if (Math.Abs(a[k, k]) <= RankTolerance * largest) return false;
        }
        for (var k = n - 1; k >= 0; k--)
        {
            var s = b[k];
            for (var j = k + 1; j < n; j++) s -= a[k, j] * x[j];
            x[k] = s / a[k, k];
        }
        return true;
    }
}
