using Platform.SharedKernel;

namespace Platform.Analytics.Indices;

/// The CNY rate indices of the inter-bank market, read once (thread-safe, on first use) from the data file
/// Indices/Data/cny-rate-indices.csv compiled into this assembly. Adding an index is a row in that file, not code.
public static class CnyRateIndices
{
    private const string SourceName = "cny-rate-indices.csv";
    private const string Header = "name,chinese_name,kind,tenor,day_count,fixing_lag,calendar";

    private static readonly Lazy<Catalog> s_catalog = new(() => Read(EmbeddedIndexData.cny_rate_indices, SourceName));

    public static IReadOnlyList<RateIndex> All => s_catalog.Value.Indices;

    public static RateIndex Shibor3M => ByName("SHIBOR-3M");
    public static RateIndex Fr007 => ByName("FR007");
    public static RateIndex Fdr007 => ByName("FDR007");
    public static RateIndex Lpr1Y => ByName("LPR-1Y");
    public static RateIndex Lpr5Y => ByName("LPR-5Y");
    public static RateIndex Deposit1Y => ByName("DEPOSIT-1Y");
    public static RateIndex PrimeNcd1Y => ByName("PRIMENCD-1Y");

    /// The index of that name, in any case ("shibor-3m" is SHIBOR-3M).
    public static RateIndex ByName(string name) => TryGet(name, out var index) ? index
        : throw new DomainException($"unknown rate index '{name}'; known: {string.Join(", ", All.Select(i => i.Name))}", "index");

    public static bool TryGet(string? name, out RateIndex index) =>
        s_catalog.Value.ByName.TryGetValue(name?.Trim() ?? "", out index!);

    private sealed record Catalog(IReadOnlyList<RateIndex> Indices, Dictionary<string, RateIndex> ByName);

    /// Parses the catalog; a bad row is a build-time data error, so it fails loudly with every problem listed.
    private static Catalog Read(string text, string sourceName)
    {
        var rows = CsvRows.Read(text, sourceName, Header, out var problems);
        var indices = new List<RateIndex>();
        var byName = new Dictionary<string, RateIndex>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            try
            {
                var f = row.Fields.Length == 7 ? row.Fields
                    : throw new DomainException($"expected 7 fields, found {row.Fields.Length}");
                var kind = Enum.TryParse<RateIndexKind>(f[2], ignoreCase: false, out var k) && Enum.IsDefined(k) ? k
                    : throw new DomainException($"unknown kind '{f[2]}'");
                var lag = int.TryParse(f[5], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var l) ? l
                    : throw new DomainException($"fixing lag '{f[5]}' is not a whole number");
                var index = new RateIndex(f[0], f[1], kind, Tenor.Parse(f[3]), DayCounts.DayCounts.Parse(f[4]), lag, f[6]);
                if (!byName.TryAdd(index.Name, index))
                    throw new DomainException($"index {index.Name} is listed twice");
                indices.Add(index);
            }
            catch (DomainException ex)
            {
                problems.Add($"line {row.LineNumber}: {ex.Message}");
            }
        }
        return problems.Count == 0 ? new Catalog(indices, byName)
            : throw new InvalidOperationException(CsvRows.Describe(sourceName, problems, "the index catalog is invalid"));
    }
}
