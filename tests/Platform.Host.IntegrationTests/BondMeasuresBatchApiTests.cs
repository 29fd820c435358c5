using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Analytics.Bonds;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests;

/// POST /api/v1/analytics/bonds/measures:batch — many bonds in one call, each with its own answer.
public sealed class BondMeasuresBatchApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Url = "/api/v1/analytics/bonds/measures:batch";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_item_gets_its_measures_or_its_own_error_in_order()
    {
        var client = await PlatformFactory.SignedInAsync(fixture.Host, "risk1");
        var body = new
        {
            settlementDate = "2026-11-26",
            items = new object[]
            {
                new { id = "cgb-10y", bond = new { kind = "fixed", couponRate = 0.025, frequency = 1, issueDate = "2025-03-15", maturityDate = "2035-03-15" }, yield = 0.0271 },
                new { id = "bad-freq", bond = new { kind = "fixed", couponRate = 0.025, frequency = 3, issueDate = "2025-03-15", maturityDate = "2035-03-15" }, yield = 0.0271 },
                new { id = "ncd-6m", bond = new { kind = "zero", maturityDate = "2027-05-26" }, cleanPrice = 99.1, settlementDate = "2026-11-27" },
                new { id = "matured", bond = new { kind = "zero", maturityDate = "2026-01-01" }, yield = 0.02 },
            },
        };

        var response = await client.PostAsJsonAsync(Url, body, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).EnumerateArray().ToList();
        Assert.Equal(["cgb-10y", "bad-freq", "ncd-6m", "matured"], results.Select(r => r.GetProperty("id").GetString()));
        var expected = ChinaFixedBondPricer.FromYield(
            new ResolvedFixedBond(FixedCouponBond.Of(0.025, CouponFrequency.Annual, new(2025, 3, 15), new(2035, 3, 15))), new(2026, 11, 26), 0.0271);
        Assert.Equal(expected.CleanPrice, results[0].GetProperty("measures").GetProperty("cleanPrice").GetDouble(), 1e-12);
        Assert.Equal("bond.frequency", results[1].GetProperty("error").GetProperty("field").GetString());
        Assert.Equal(ChinaZeroBondPricer.FromPrice(new(2027, 5, 26), new(2026, 11, 27), 99.1).Yield,
            results[2].GetProperty("measures").GetProperty("yield").GetDouble(), 1e-12);
        Assert.Equal("settlementDate", results[3].GetProperty("error").GetProperty("field").GetString());
    }

    [Fact]
    public async Task Twenty_thousand_bonds_come_back_complete_and_in_order()
    {
        var client = await PlatformFactory.SignedInAsync(fixture.Host, "trader1");
        var items = Enumerable.Range(0, 20_000).Select(i => new
        {
            id = $"b{i}",
            bond = new { kind = "fixed", couponRate = 0.01 + i % 40 * 0.001, frequency = i % 2 + 1, issueDate = "2024-06-15", maturityDate = $"{2027 + i % 25}-06-15" },
            yield = 0.015 + i % 30 * 0.001,
        }).ToList();

        var response = await client.PostAsJsonAsync(Url, new { settlementDate = "2026-11-26", items }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).EnumerateArray().ToList();
        Assert.Equal(items.Select(i => i.id), results.Select(r => r.GetProperty("id").GetString()));
        Assert.All(results, r => Assert.True(r.GetProperty("measures").GetProperty("dirtyPrice").GetDouble() > 0));
    }

    [Fact]
    public async Task An_empty_batch_is_a_400_naming_items()
    {
        var client = await PlatformFactory.SignedInAsync(fixture.Host, "trader1");
        var response = await client.PostAsJsonAsync(Url, new { settlementDate = "2026-11-26", items = Array.Empty<object>() }, Ct);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "items");
    }
}
