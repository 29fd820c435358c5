using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests;

/// POST /api/v1/analytics/curves/bootstrap and /swaps/price: curves reprice their quotes over HTTP, swaps price
/// consistently, and bad input is refused naming the field.
public sealed class CurveAndSwapApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, double> Shibor = new()
    {
        ["1D"] = 0.0142, ["1W"] = 0.0151, ["1M"] = 0.0158, ["3M"] = 0.0163, ["6M"] = 0.0160, ["9M"] = 0.0158, ["1Y"] = 0.0157,
        ["2Y"] = 0.0161, ["3Y"] = 0.0166, ["4Y"] = 0.0171, ["5Y"] = 0.0176, ["7Y"] = 0.0183, ["10Y"] = 0.0190,
    };

    private static object Curve(Dictionary<string, double> quotes, string interpolation = "log-linear-discount") =>
        new { curve = "SHIBOR-3M", valuationDate = "2026-11-26", quotes, interpolation };

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    [Theory]
    [InlineData("log-linear-discount")]
    [InlineData("linear-zero")]
    [InlineData("monotone-convex")]
    public async Task A_curve_built_over_http_reprices_every_quote(string interpolation)
    {
        var client = await PlatformFactory.SignedInAsync(fixture.Host, "risk1");

        var (status, body) = await PostAsync(client, "/api/v1/analytics/curves/bootstrap", new { curve = Curve(Shibor, interpolation) });

        Assert.True(status == HttpStatusCode.OK, body.ToString());
        Assert.Equal(interpolation, body.GetProperty("interpolation").GetString());
        var nodes = body.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(13, nodes.Count);
        foreach (var node in nodes)
            Assert.True(Math.Abs(node.GetProperty("repricedQuote").GetDouble() - Shibor[node.GetProperty("label").GetString()!]) < 1e-10, node.ToString());
        var points = body.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal("30Y", points[^1].GetProperty("tenor").GetString());
        Assert.All(points, p => Assert.InRange(p.GetProperty("zeroRate").GetDouble(), 0.01, 0.03));
    }

    [Fact]
    public async Task A_payer_and_a_receiver_on_the_same_terms_cancel_and_the_fair_rate_prices_to_zero()
    {
        var client = await PlatformFactory.SignedInAsync(fixture.Host, "trader1");
        object Swap(string direction, double rate) => new { convention = "SHIBOR-3M", direction, notional = 100_000_000, fixedRate = rate, tenor = "5Y", forwardStart = "1Y" };

        var (status, payer) = await PostAsync(client, "/api/v1/analytics/swaps/price", new { swap = Swap("payer", 0.02), curve = Curve(Shibor), keyRates = true });
        Assert.True(status == HttpStatusCode.OK, payer.ToString());
        var (_, receiver) = await PostAsync(client, "/api/v1/analytics/swaps/price", new { swap = Swap("receiver", 0.02), curve = Curve(Shibor) });
        var fair = payer.GetProperty("fairRate").GetDouble();
        var (_, atFair) = await PostAsync(client, "/api/v1/analytics/swaps/price", new { swap = Swap("payer", fair), curve = Curve(Shibor) });

        Assert.Equal(0, payer.GetProperty("npv").GetDouble() + receiver.GetProperty("npv").GetDouble(), 6);
        Assert.True(Math.Abs(atFair.GetProperty("npv").GetDouble()) < 1e-4, atFair.ToString());
        Assert.True(payer.GetProperty("dv01").GetDouble() > 0);
        var keyRates = payer.GetProperty("keyRateDv01s").EnumerateArray().Sum(k => k.GetProperty("dv01").GetDouble());
        Assert.True(Math.Abs(keyRates / payer.GetProperty("dv01").GetDouble() - 1) < 0.01, $"key rates {keyRates} vs dv01 {payer.GetProperty("dv01")}");
        Assert.Equal(20, payer.GetProperty("fixedPeriods").GetArrayLength());
    }

    [Fact]
    public async Task A_started_swap_needs_its_fixing_and_uses_it()
    {
        var client = await PlatformFactory.SignedInAsync(fixture.Host, "trader1");
        var swap = new { convention = "SHIBOR-3M", direction = "payer", notional = 10_000_000, fixedRate = 0.018, effectiveDate = "2026-10-15", terminationDate = "2031-10-15" };

        var (missing, problem) = await PostAsync(client, "/api/v1/analytics/swaps/price", new { swap, curve = Curve(Shibor) });
        var (low, atLow) = await PostAsync(client, "/api/v1/analytics/swaps/price", new { swap, curve = Curve(Shibor), fixings = new[] { new { date = "2026-10-14", rate = 0.010 } } });
        var (_, atHigh) = await PostAsync(client, "/api/v1/analytics/swaps/price", new { swap, curve = Curve(Shibor), fixings = new[] { new { date = "2026-10-14", rate = 0.030 } } });

        Assert.Equal(HttpStatusCode.BadRequest, missing);
        Assert.True(problem.GetProperty("errors").TryGetProperty("fixings", out _), problem.ToString());
        Assert.Equal(HttpStatusCode.OK, low);
        // 2 % more on the first quarter of 10 m is about 50,000 yuan more for the payer, who receives it.
        var difference = atHigh.GetProperty("npv").GetDouble() - atLow.GetProperty("npv").GetDouble();
        Assert.InRange(difference, 49_000, 51_500);
    }

    [Theory]
    [InlineData("curve.quotes.7Y")]
    [InlineData("curve.interpolation")]
    [InlineData("curve.curve")]
    [InlineData("swap.direction")]
    [InlineData("swap.fixedRate")]
    [InlineData("swap.tenor")]
    [InlineData("swap.convention")]
    [InlineData("swap.notional")]
    public async Task Bad_input_is_refused_naming_the_field(string field)
    {
        var client = await PlatformFactory.SignedInAsync(fixture.Host, "trader1");
        var quotes = new Dictionary<string, double>(Shibor);
        if (field == "curve.quotes.7Y") quotes.Remove("7Y");
        var curve = new
        {
            curve = field == "curve.curve" ? "EURIBOR" : "SHIBOR-3M",
            valuationDate = "2026-11-26",
            quotes,
            interpolation = field == "curve.interpolation" ? "cubic-magic" : "linear-zero",
        };
        var swap = new
        {
            convention = field == "swap.convention" ? "SOFR" : "FR007",
            direction = field == "swap.direction" ? "long" : "payer",
            notional = field == "swap.notional" ? -5 : 1_000_000,
            fixedRate = field == "swap.fixedRate" ? 5.0 : 0.02,
            tenor = field == "swap.tenor" ? "5X" : "5Y",
        };

        var (status, problem) = await PostAsync(client, "/api/v1/analytics/swaps/price", new { swap, curve });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("""{"curve":{"curve":"SHIBOR-3M","valuationDate":"2026-13-26","quotes":{"1D":0.01}}}""", "curve.valuationDate")]
    [InlineData("""{"curve":{"curve":"SHIBOR-3M","valuationDate":"2026-11-26","quotes":{"1D":"high"}}}""", "curve.quotes.1D")]
    [InlineData("""{"curve":{"curve":"SHIBOR-3M","valuationDate":"2026-11-26","quotes":{"1D":0.01}},"grid":["1Y",7]}""", "grid")]
    public async Task Malformed_json_is_refused_naming_the_nested_field(string body, string field)
    {
        var client = await PlatformFactory.SignedInAsync(fixture.Host, "risk1");

        var response = await client.PostAsync("/api/v1/analytics/curves/bootstrap", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Every_missing_quote_is_named_at_once()
    {
        var client = await PlatformFactory.SignedInAsync(fixture.Host, "risk1");

        var (status, problem) = await PostAsync(client, "/api/v1/analytics/curves/bootstrap", new { curve = Curve(new Dictionary<string, double> { ["1D"] = 0.014 }) });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Equal(12, errors.Count);
        Assert.Contains("curve.quotes.10Y", errors);
    }

    [Fact]
    public async Task An_lpr_curve_needs_a_discount_curve()
    {
        var client = await PlatformFactory.SignedInAsync(fixture.Host, "risk1");
        var lpr = new Dictionary<string, double> { ["1Y"] = 0.0300, ["2Y"] = 0.0302, ["3Y"] = 0.0305, ["4Y"] = 0.0308, ["5Y"] = 0.0311, ["7Y"] = 0.0315, ["10Y"] = 0.0320 };
        var fr007 = new Dictionary<string, double>
        {
            ["7D"] = 0.0150, ["3M"] = 0.0152, ["6M"] = 0.0153, ["9M"] = 0.0154, ["1Y"] = 0.0155, ["2Y"] = 0.0158, ["3Y"] = 0.0162,
            ["4Y"] = 0.0166, ["5Y"] = 0.0170, ["7Y"] = 0.0177, ["10Y"] = 0.0185,
        };

        var (refused, problem) = await PostAsync(client, "/api/v1/analytics/curves/bootstrap", new { curve = new { curve = "LPR-1Y", valuationDate = "2026-11-26", quotes = lpr } });
        var (status, body) = await PostAsync(client, "/api/v1/analytics/curves/bootstrap", new
        {
            curve = new { curve = "LPR-1Y", valuationDate = "2026-11-26", quotes = lpr, discountCurve = new { curve = "FR007", valuationDate = "2026-11-26", quotes = fr007 } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.True(problem.GetProperty("errors").TryGetProperty("curve.discountCurve", out _), problem.ToString());
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        foreach (var node in body.GetProperty("nodes").EnumerateArray())
            Assert.True(Math.Abs(node.GetProperty("repricedQuote").GetDouble() - lpr[node.GetProperty("label").GetString()!]) < 1e-10, node.ToString());
    }

    [Fact]
    public async Task Curves_and_swaps_need_a_signed_in_user()
    {
        var client = fixture.Host.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/analytics/curves/bootstrap", new { curve = Curve(Shibor) }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
