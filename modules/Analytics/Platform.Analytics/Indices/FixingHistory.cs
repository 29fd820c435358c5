using System.Globalization;
using Platform.SharedKernel;

namespace Platform.Analytics.Indices;

/// The fixings of CNY rate indices 利率定盘历史, held as data: loaded from a CSV (index,date,rate) or built up with
/// <see cref="With"/>. Immutable; every index is one of <see cref="CnyRateIndices"/>. Rates are doubles in decimal
/// form (0.0182 = 1.82 %).
public sealed class FixingHistory
{
    /// Rates outside this range are typos (1.82 written for 1.82 %), not fixings: even the June 2013 squeeze kept
    /// overnight fixings near 13 %, and no CNY benchmark has fixed below −5 %.
    public const double MinRate = -0.05;
    public const double MaxRate = 0.5;

    private static readonly FixingSeries[] NoSeries = [];
    private readonly Dictionary<string, FixingSeries> _series;

    private FixingHistory(Dictionary<string, FixingSeries> series) => _series = series;

    public static FixingHistory Empty { get; } = new(new Dictionary<string, FixingSeries>(StringComparer.OrdinalIgnoreCase));

    /// The names of the indices that have at least one fixing.
    public IReadOnlyCollection<string> IndexNames => _series.Keys;

    /// Reads <c>index,date,rate</c> rows (a '#' line is a comment): the index a name from the catalog, the date
    /// yyyy-MM-dd, the rate a decimal. Every row is checked and every problem reported with its line number; if any
    /// row is bad nothing is loaded. The text is taken, not a stream: this library does no IO, its callers read files.
    public static FixingHistory Load(string csv, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(csv);
        return FixingCsvReader.Read(csv, string.IsNullOrWhiteSpace(sourceName) ? "fixings" : sourceName);
    }

    /// The series of one index; empty when the history has none for it. An unknown index name is an error.
    public FixingSeries For(string indexName)
    {
        var index = CnyRateIndices.ByName(indexName);
        return _series.TryGetValue(index.Name, out var series) ? series : new FixingSeries(index.Name, [], []);
    }

    /// A new history with one more fixing (or that date's fixing replaced: a correction); this one is unchanged.
    public FixingHistory With(string indexName, DateOnly date, double rate)
    {
        var index = CnyRateIndices.ByName(indexName);
        if (RateProblem(rate) is { } problem)
            throw new DomainException($"{index.Name} {Iso(date)}: {problem}", "rate");
        var old = For(index.Name);
        var at = old.IndexOnOrBefore(date);
        var replaces = at >= 0 && old.Dates[at] == date;
        var dates = new List<DateOnly>(old.Count + 1);
        var rates = new List<double>(old.Count + 1);
        dates.AddRange(old.Dates[..(at + 1)]);
        rates.AddRange(old.Rates[..(at + 1)]);
        if (replaces) rates[^1] = rate;
        else { dates.Add(date); rates.Add(rate); }
        dates.AddRange(old.Dates[(at + 1)..]);
        rates.AddRange(old.Rates[(at + 1)..]);
        var series = new Dictionary<string, FixingSeries>(_series, StringComparer.OrdinalIgnoreCase)
        {
            [index.Name] = new FixingSeries(index.Name, [.. dates], [.. rates]),
        };
        return new FixingHistory(series);
    }

    internal static FixingHistory Of(Dictionary<string, (List<DateOnly> Dates, List<double> Rates)> data)
    {
        var series = new Dictionary<string, FixingSeries>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, (dates, rates)) in data)
        {
            var d = dates.ToArray();
            var r = rates.ToArray();
            Array.Sort(d, r);
            series[name] = new FixingSeries(name, d, r);
        }
        return new FixingHistory(series);
    }

    /// Null when the rate is a plausible fixing, else what is wrong with it.
    internal static string? RateProblem(double rate) =>
        double.IsFinite(rate) && rate >= MinRate && rate <= MaxRate ? null
            : $"rate {rate.ToString(CultureInfo.InvariantCulture)} is not a decimal rate from {MinRate} to {MaxRate} (write 1.82 % as 0.0182)";

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override string ToString() => _series.Count == 0 ? "no fixings"
        : string.Join(", ", _series.Values.Select(s => $"{s.IndexName} ({s.Count})"));
}
