using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests;

/// POST /api/v1/analytics/bonds/measures against the reference vectors, and its refusals of bad input.
public sealed class BondMeasuresApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<JsonElement> Cases(string family)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vectors", family + ".json")));
        return doc.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.Clone()).ToList();
    }

    private static void Near(JsonElement testCase, string expectedField, JsonElement answer, string answerField)
    {
        var expected = testCase.GetProperty("expected").GetProperty(expectedField).GetDouble();
        var tolerance = testCase.GetProperty("tolerance").GetProperty(expectedField).GetDouble();
        var actual = answer.GetProperty(answerField).GetDouble();
        Assert.True(Math.Abs(actual - expected) <= tolerance, $"{testCase.GetProperty("id")} {expectedField}: expected {expected:R} ± {tolerance}, got {actual:R}");
    }

    private async Task<JsonElement> PostAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/analytics/bonds/measures", body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task Every_fixed_bond_vector_passes_through_the_api_from_yield_and_from_price()
    {
        var client = await PlatformFactory.SignedInAsync(fixture.Host, "trader1");
        foreach (var c in Cases("cn_fixed_bond"))
        {
            var i = c.GetProperty("inputs");
            var bond = new
            {
                kind = "fixed",
                couponRate = i.GetProperty("coupon_rate").GetDouble(),
                frequency = i.GetProperty("coupon_frequency").GetInt32(),
                issueDate = i.GetProperty("issue_date").GetString(),
                maturityDate = i.GetProperty("maturity_date").GetString(),
                dayCount = "ACT/ACT-ICMA",
            };
            var settlementDate = i.GetProperty("settlement_date").GetString();

            var fromYield = await PostAsync(client, new { bond, settlementDate, yield = i.GetProperty("yield").GetDouble() });
            var fromPrice = await PostAsync(client, new { bond, settlementDate, cleanPrice = i.GetProperty("clean_price_quote").GetDouble() });

            Near(c, "clean_price", fromYield, "cleanPrice");
            Near(c, "dirty_price", fromYield, "dirtyPrice");
            Near(c, "accrued_interest", fromYield, "accruedInterest");
            Near(c, "macaulay_duration", fromYield, "macaulayDuration");
            Near(c, "modified_duration", fromYield, "modifiedDuration");
            Near(c, "convexity", fromYield, "convexity");
            Near(c, "dv01", fromYield, "dv01");
            Near(c, "yield_from_clean_price_quote", fromPrice, "yield");
        }
    }

    [Fact]
    public async Task Every_zero_bond_vector_passes_through_the_api()
    {
        var client = await PlatformFactory.SignedInAsync(fixture.Host, "risk1");
        foreach (var c in Cases("cn_zero_bond"))
        {
            var i = c.GetProperty("inputs");
            var bond = new { kind = "zero", maturityDate = i.GetProperty("maturity_date").GetString() };
            var settlementDate = i.GetProperty("settlement_date").GetString();

            var fromYield = await PostAsync(client, new { bond, settlementDate, yield = i.GetProperty("yield").GetDouble() });
            var fromPrice = await PostAsync(client, new { bond, settlementDate, cleanPrice = i.GetProperty("price_quote").GetDouble() });

            Near(c, "price", fromYield, "cleanPrice");
            Near(c, "modified_duration", fromYield, "modifiedDuration");
            Near(c, "dv01", fromYield, "dv01");
            Near(c, "yield_from_price_quote", fromPrice, "yield");
        }
    }

    public static TheoryData<string, string> BadRequests => new()
    {
        { """{"bond":{"kind":"fixed","couponRate":0.0235,"frequency":1,"issueDate":"2021-03-15","maturityDate":"2031-03-15"},"settlementDate":"2032-05-10","yield":0.0271}""", "settlementDate" },
        { """{"bond":{"kind":"fixed","couponRate":0.0235,"frequency":-1,"issueDate":"2021-03-15","maturityDate":"2031-03-15"},"settlementDate":"2023-05-10","yield":0.0271}""", "bond.frequency" },
        { """{"bond":{"kind":"fixed","couponRate":0.0235,"frequency":1,"issueDate":"2021-03-15","maturityDate":"2031-03-15"},"settlementDate":"2023-05-10","yield":5}""", "yield" },
        { """{"bond":{"kind":"fixed","couponRate":0.0235,"frequency":1,"issueDate":"2021-03-15","maturityDate":"2031-03-15","dayCount":"ACT/366"},"settlementDate":"2023-05-10","yield":0.0271}""", "bond.dayCount" },
        { """{"bond":{"kind":"fixed","couponRate":0.0235,"frequency":1,"issueDate":"2021-03-15","maturityDate":"2031-03-15"},"settlementDate":"2023-05-10","cleanPrice":950}""", "cleanPrice" },
        { """{"bond":{"kind":"fixed","couponRate":0.0235,"frequency":1,"issueDate":"2021-03-15","maturityDate":"2031-03-15"},"settlementDate":"2023-05-10"}""", "yield" },
        { """{"bond":{"kind":"perpetual","maturityDate":"2031-03-15"},"settlementDate":"2023-05-10","yield":0.02}""", "bond.kind" },
        { """{"bond":{"kind":"fixed","maturityDate":"2031-03-15"},"settlementDate":"2023-05-10","yield":0.02}""", "bond.couponRate" },
        { """{"bond":{"kind":"fixed","couponRate":0.0235,"frequency":1,"issueDate":"2021-03-15","maturityDate":"2031-03-15"},"settlementDate":"2023-13-10","yield":0.02}""", "settlementDate" },
    };

    [Theory, MemberData(nameof(BadRequests))]
    public async Task Bad_input_is_a_400_naming_the_field(string body, string field)
    {
        var client = await PlatformFactory.SignedInAsync(fixture.Host, "trader1");
        var response = await client.PostAsync("/api/v1/analytics/bonds/measures", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Analytics_needs_a_session() =>
        await ProblemAssert.IsProblemAsync(await fixture.Host.NewClient().PostAsJsonAsync("/api/v1/analytics/bonds/measures", new { }, Ct), HttpStatusCode.Unauthorized);
}
