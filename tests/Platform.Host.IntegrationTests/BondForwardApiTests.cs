using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests;

/// POST /api/v1/analytics/bonds/forward against the bond_forward reference vectors, and its refusals of bad input.
public sealed class BondForwardApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Path = "/api/v1/analytics/bonds/forward";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<JsonElement> Cases()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Vectors", "bond_forward.json")));
        return doc.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.Clone()).ToList();
    }

    private static void Near(JsonElement testCase, string expectedField, double actual)
    {
        var expected = testCase.GetProperty("expected").GetProperty(expectedField).GetDouble();
        var tolerance = testCase.GetProperty("tolerance").GetProperty(expectedField).GetDouble();
        Assert.True(Math.Abs(actual - expected) <= tolerance, $"{testCase.GetProperty("id")} {expectedField}: expected {expected:R} ± {tolerance}, got {actual:R}");
    }

    private static object Body(JsonElement inputs, bool withRepo, bool withQuote)
    {
        var b = inputs.GetProperty("bond");
        return new
        {
            bond = new
            {
                kind = "fixed",
                couponRate = b.GetProperty("coupon_rate").GetDouble(),
                frequency = b.GetProperty("coupon_frequency").GetInt32(),
                issueDate = b.GetProperty("issue_date").GetString(),
                maturityDate = b.GetProperty("maturity_date").GetString(),
            },
            spotSettlementDate = inputs.GetProperty("spot_settlement_date").GetString(),
            spotCleanPrice = inputs.GetProperty("spot_clean_price").GetDouble(),
            deliveryDate = inputs.GetProperty("delivery_date").GetString(),
            repoRate = withRepo ? inputs.GetProperty("repo_rate").GetDouble() : (double?)null,
            forwardCleanQuote = withQuote ? inputs.GetProperty("forward_clean_quote").GetDouble() : (double?)null,
        };
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync(Path, body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task Every_bond_forward_vector_passes_through_the_api()
    {
        var client = await PlatformFactory.SignedInAsync(fixture.Host, "trader1");
        foreach (var c in Cases())
        {
            var answer = await PostAsync(client, Body(c.GetProperty("inputs"), withRepo: true, withQuote: true));
            var forward = answer.GetProperty("forward");

            Near(c, "spot_accrued", forward.GetProperty("spotAccrued").GetDouble());
            Near(c, "spot_dirty_price", forward.GetProperty("spotDirtyPrice").GetDouble());
            Near(c, "pv_intermediate_coupons", forward.GetProperty("pvIntermediateCoupons").GetDouble());
            Near(c, "forward_dirty_price", forward.GetProperty("forwardDirtyPrice").GetDouble());
            Near(c, "delivery_accrued", forward.GetProperty("deliveryAccrued").GetDouble());
            Near(c, "forward_clean_price", forward.GetProperty("forwardCleanPrice").GetDouble());
            Near(c, "implied_repo_rate", answer.GetProperty("impliedRepoRate").GetDouble());
            var expectedCoupons = c.GetProperty("expected").GetProperty("intermediate_coupons").EnumerateArray().Select(x => x.GetProperty("payment_date").GetString());
            Assert.Equal(expectedCoupons, forward.GetProperty("intermediateCoupons").EnumerateArray().Select(x => x.GetProperty("paymentDate").GetString()));
        }
    }

    [Fact]
    public async Task A_quote_alone_prices_the_forward_at_the_implied_repo_rate()
    {
        var client = await PlatformFactory.SignedInAsync(fixture.Host, "risk1");
        var c = Cases().First(x => x.GetProperty("expected").GetProperty("intermediate_coupons").GetArrayLength() > 0);
        var quote = c.GetProperty("inputs").GetProperty("forward_clean_quote").GetDouble();

        var answer = await PostAsync(client, Body(c.GetProperty("inputs"), withRepo: false, withQuote: true));

        Near(c, "implied_repo_rate", answer.GetProperty("impliedRepoRate").GetDouble());
        Assert.Equal(answer.GetProperty("impliedRepoRate").GetDouble(), answer.GetProperty("forward").GetProperty("repoRate").GetDouble());
        Assert.Equal(quote, answer.GetProperty("forward").GetProperty("forwardCleanPrice").GetDouble(), 1e-9);
    }

    [Fact]
    public async Task A_repo_rate_alone_answers_without_an_implied_repo_rate()
    {
        var client = await PlatformFactory.SignedInAsync(fixture.Host, "trader1");
        var c = Cases()[0];

        var answer = await PostAsync(client, Body(c.GetProperty("inputs"), withRepo: true, withQuote: false));

        Assert.False(answer.TryGetProperty("impliedRepoRate", out _));
        Near(c, "forward_clean_price", answer.GetProperty("forward").GetProperty("forwardCleanPrice").GetDouble());
    }

    private const string GoodBond = """{"kind":"fixed","couponRate":0.0286,"frequency":1,"issueDate":"2021-12-03","maturityDate":"2028-12-03"}""";

    public static TheoryData<string, string> BadRequests => new()
    {
        { $$"""{"bond":{{GoodBond}},"spotSettlementDate":"2023-03-06","spotCleanPrice":100.0157,"deliveryDate":"2023-03-01","repoRate":0.0124}""", "deliveryDate" },
        { $$"""{"bond":{{GoodBond}},"spotSettlementDate":"2023-03-06","spotCleanPrice":100.0157,"deliveryDate":"2028-12-03","repoRate":0.0124}""", "deliveryDate" },
        { $$"""{"bond":{{GoodBond}},"spotSettlementDate":"2021-12-01","spotCleanPrice":100.0157,"deliveryDate":"2023-03-27","repoRate":0.0124}""", "spotSettlementDate" },
        { $$"""{"bond":{{GoodBond}},"spotSettlementDate":"2023-03-06","spotCleanPrice":100.0157,"deliveryDate":"2023-03-27","repoRate":5}""", "repoRate" },
        { $$"""{"bond":{{GoodBond}},"spotSettlementDate":"2023-03-06","spotCleanPrice":0,"deliveryDate":"2023-03-27","repoRate":0.0124}""", "spotCleanPrice" },
        { $$"""{"bond":{{GoodBond}},"spotSettlementDate":"2023-03-06","spotCleanPrice":100.0157,"deliveryDate":"2023-03-27","forwardCleanQuote":-1}""", "forwardCleanQuote" },
        { $$"""{"bond":{{GoodBond}},"spotSettlementDate":"2023-03-06","spotCleanPrice":100.0157,"deliveryDate":"2023-03-27"}""", "repoRate" },
        { $$"""{"bond":{{GoodBond}},"spotSettlementDate":"2023-03-06","deliveryDate":"2023-03-27","repoRate":0.0124}""", "spotCleanPrice" },
        { $$"""{"bond":{{GoodBond}},"spotSettlementDate":"2023-02-30","spotCleanPrice":100.0157,"deliveryDate":"2023-03-27","repoRate":0.0124}""", "spotSettlementDate" },
        { """{"bond":{"kind":"fixed","couponRate":0.0286,"frequency":-1,"issueDate":"2021-12-03","maturityDate":"2028-12-03"},"spotSettlementDate":"2023-03-06","spotCleanPrice":100.0157,"deliveryDate":"2023-03-27","repoRate":0.0124}""", "bond.frequency" },
        { """{"bond":{"kind":"zero","maturityDate":"2028-12-03"},"spotSettlementDate":"2023-03-06","spotCleanPrice":100.0157,"deliveryDate":"2023-03-27","repoRate":0.0124}""", "bond.kind" },
    };

    [Theory, MemberData(nameof(BadRequests))]
    public async Task Bad_input_is_a_400_naming_the_field(string body, string field)
    {
        var client = await PlatformFactory.SignedInAsync(fixture.Host, "trader1");
        var response = await client.PostAsync(Path, new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Bond_forwards_need_a_session() =>
        await ProblemAssert.IsProblemAsync(await fixture.Host.NewClient().PostAsJsonAsync(Path, new { }, Ct), HttpStatusCode.Unauthorized);
}
