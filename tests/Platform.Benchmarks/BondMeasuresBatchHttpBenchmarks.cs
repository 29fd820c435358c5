using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Platform.Analytics.Bonds;

namespace Platform.Benchmarks;

/// <summary>
/// The issue's "the batch API measures 100,000 bonds end to end over HTTP on loopback in ≤ 2 s": the real host started
/// in this process on a loopback port (SQLite in a temporary directory), signed in as trader1 by its cookie, and one
/// POST /api/v1/analytics/bonds/measures:batch of 100,000 random fixed bonds (half quoted by yield, half by clean price)
/// whose whole response is read. The request body is serialised once in the set-up, as a client holding the batch
/// would; what is measured is sending it, the server's parse, pricing on all cores and serialisation, and reading every
/// byte back. Allocation counts the server's too, as it shares the process. Few iterations, each about a second, after
/// three warm-ups: the first requests after start take 1.5–2 s while tiered compilation and the GC heap settle.
/// Server GC, as the host runs in production (the Web SDK's default); an in-process run needs DOTNET_gcServer=1.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 5)]
public class BondMeasuresBatchHttpBenchmarks
{
    private const int Count = 100_000;
    private const string BatchUrl = "/api/v1/analytics/bonds/measures:batch";
    private static readonly DateOnly Settlement = new(2026, 11, 26);
    private readonly byte[] _buffer = new byte[81920];
    private string _dataDirectory = "";
    private LoopbackPlatformHost _host = null!;
    private HttpClient _client = null!;
    private byte[] _body = [];

    [GlobalSetup]
    public void Setup()
    {
        _dataDirectory = Directory.CreateTempSubdirectory("platform-bench-http-").FullName;
        _host = new LoopbackPlatformHost(_dataDirectory);
        var address = _host.Start();
        _client = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
        _client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        using (var login = _client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "trader1", password = "Demo@2026" }).GetAwaiter().GetResult())
            login.EnsureSuccessStatusCode();

        var random = new Random(20261126);
        var bonds = RandomFixedBonds.Generate(Count, Settlement, random);
        var quotes = new double[Count];
        var items = new object[Count];
        for (var i = 0; i < Count; i++)
        {
            var b = bonds[i];
            var bond = new { kind = "fixed", couponRate = b.CouponRate, frequency = b.Frequency.PerYear, issueDate = Iso(b.IssueDate), maturityDate = Iso(b.MaturityDate) };
            var yield = 0.01 + random.NextDouble() * 0.04;
            quotes[i] = i % 2 == 0 ? yield : ChinaFixedBondPricer.FromYield(new ResolvedFixedBond(b), Settlement, yield).CleanPrice;
            items[i] = i % 2 == 0 ? new { id = Id(i), bond, yield = quotes[i] } : new { id = Id(i), bond, cleanPrice = quotes[i] };
        }
        _body = JsonSerializer.SerializeToUtf8Bytes(new { settlementDate = Iso(Settlement), items });
        CheckAnswer(bonds, quotes);
    }

    /// Every item comes back in order with measures, and those of a sample equal the library's to 1e-9.
    private void CheckAnswer(FixedCouponBond[] bonds, double[] quotes)
    {
        using var response = _client.Send(Request());
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(response.Content.ReadAsStream());
        var results = document.RootElement.EnumerateArray().ToArray();
        if (results.Length != Count)
            throw new InvalidOperationException($"the batch answered {results.Length} items, not {Count}");
        for (var i = 0; i < Count; i++)
        {
            if (results[i].GetProperty("id").GetString() != Id(i) || !results[i].TryGetProperty("measures", out var measures))
                throw new InvalidOperationException($"item {i} came back as {results[i]}");
            if (i % 997 != 0) continue;
            var resolved = new ResolvedFixedBond(bonds[i]);
            var expected = i % 2 == 0 ? ChinaFixedBondPricer.FromYield(resolved, Settlement, quotes[i]) : ChinaFixedBondPricer.FromCleanPrice(resolved, Settlement, quotes[i]);
            if (Math.Abs(measures.GetProperty("dirtyPrice").GetDouble() - expected.DirtyPrice) > 1e-9 || Math.Abs(measures.GetProperty("yield").GetDouble() - expected.Yield) > 1e-9)
                throw new InvalidOperationException($"item {i}: the API answered {measures}, the library {expected}");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, true);
    }

    [Benchmark]
    public async Task<long> MeasuresBatch100kBondsOverHttp()
    {
        using var response = await _client.SendAsync(Request(), HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync();
        long bytes = 0;
        for (int read; (read = await stream.ReadAsync(_buffer)) > 0;) bytes += read;
        return bytes;
    }

    private HttpRequestMessage Request() => new(HttpMethod.Post, BatchUrl)
    {
        Content = new ByteArrayContent(_body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
    };

    private static string Id(int i) => "b" + i.ToString(CultureInfo.InvariantCulture);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
