using System.Globalization;
using Platform.SharedKernel;

namespace Platform.Analytics.Indices;

/// One index's fixings 定盘/报价历史: dates ascending, one rate per date (double, decimal form: 0.0182 = 1.82 %).
/// Immutable. Look-ups are binary searches; the span views serve compounding loops without allocating.
public sealed class FixingSeries
{
    private readonly DateOnly[] _dates;
    private readonly double[] _rates;

    /// The arrays are taken over, not copied: callers (FixingHistory) hand over sorted, distinct, validated data.
    internal FixingSeries(string indexName, DateOnly[] dates, double[] rates) =>
        (IndexName, _dates, _rates) = (indexName, dates, rates);

    public string IndexName { get; }
    public int Count => _dates.Length;
    public ReadOnlySpan<DateOnly> Dates => _dates;
    public ReadOnlySpan<double> Rates => _rates;

    public bool TryGet(DateOnly date, out double rate)
    {
        var i = Array.BinarySearch(_dates, date);
        rate = i >= 0 ? _rates[i] : 0;
        return i >= 0;
    }

    /// The fixing of exactly that date.
    public double On(DateOnly date) => TryGet(date, out var rate) ? rate
        : throw new DomainException($"no {IndexName} fixing for {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{Coverage()}", "fixings");

    /// The position of the last fixing on or before <paramref name="date"/>, or −1 when every fixing is later.
    public int IndexOnOrBefore(DateOnly date)
    {
        var i = Array.BinarySearch(_dates, date);
        return i >= 0 ? i : ~i - 1;
    }

    /// The latest fixing on or before the date: the rate in force for step rates (LPR monthly, the deposit rate).
    public bool TryLatestOnOrBefore(DateOnly date, out DateOnly fixingDate, out double rate)
    {
        var i = IndexOnOrBefore(date);
        (fixingDate, rate) = i >= 0 ? (_dates[i], _rates[i]) : (default, 0);
        return i >= 0;
    }

    /// Like <see cref="TryLatestOnOrBefore"/>, but a missing rate is an error that says what the history holds.
    public double LatestOnOrBefore(DateOnly date) => TryLatestOnOrBefore(date, out _, out var rate) ? rate
        : throw new DomainException($"no {IndexName} fixing on or before {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{Coverage()}", "fixings");

    private string Coverage() => Count == 0
        ? ": the history holds none for this index"
        : $": the history holds {Count} from {_dates[0].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} to {_dates[^1].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
