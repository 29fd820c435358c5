using Platform.SharedKernel;

namespace Platform.Analytics.BondRisk;

/// Key rates 关键期限 in years and the triangular zero-rate bumps around them: the bump of key k is 1 at its tenor and
/// falls linearly to 0 at the neighbouring keys; the first and last stay 1 beyond the ends. The bumps add up to 1
/// everywhere, so key-rate DV01s add up to the parallel DV01.
public sealed class KeyRateGrid
{
    private readonly double[] _years;

    private KeyRateGrid(double[] years) => _years = years;

    /// 3M, 6M, 1Y, 2Y, 3Y, 5Y, 7Y, 10Y, 20Y, 30Y.
    public static KeyRateGrid Standard { get; } = new([0.25, 0.5, 1, 2, 3, 5, 7, 10, 20, 30]);

    public static KeyRateGrid Of(IEnumerable<double> years)
    {
        var array = years.ToArray();
        if (array.Length == 0)
            throw new DomainException("give at least one key rate", "keyRates");
        for (var i = 0; i < array.Length; i++)
            if (!double.IsFinite(array[i]) || array[i] <= 0 || array[i] > 100 || (i > 0 && array[i] <= array[i - 1]))
                throw new DomainException($"key rates must be increasing years between 0 and 100; key {i + 1} is {array[i]}", "keyRates");
        return new KeyRateGrid(array);
    }

    public ReadOnlySpan<double> Years => _years;

    public int Count => _years.Length;

    /// The key k with keys[k] ≤ t &lt; keys[k+1] and the weight of key k at t (key k+1 gets 1 − weight); k = −1 before the
    /// first key (all weight on key 0) and k = Count − 1 from the last key on.
    internal int Bracket(double t, out double weightOfLower)
    {
        if (t <= _years[0]) { weightOfLower = 0; return -1; }
        var last = _years.Length - 1;
        if (t >= _years[last]) { weightOfLower = 1; return last; }
        var k = Array.BinarySearch(_years, t);
        if (k >= 0) { weightOfLower = 1; return k; }
        k = ~k - 1;
        weightOfLower = (_years[k + 1] - t) / (_years[k + 1] - _years[k]);
        return k;
    }
}
