using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.BuildingBlocks.Persistence;
using Platform.Host.IntegrationTests.Support;
using Platform.SharedKernel.Calendars;
using Platform.Testing;
using Xunit;

namespace Platform.Host.IntegrationTests;

/// The swap preview over HTTP: the terms a request resolves to, every bad field named, traders only.
public sealed class TradingDerivativeApiTests
{
    private const string Preview = "/api/v1/trading/derivatives/swaps/preview";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_swap_preview_gives_its_terms_and_bad_input_names_each_field()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new PlatformFactory(database);
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");
        var approver = await PlatformFactory.SignedInAsync(host, "approver1");
        var tradeDate = TradingApi.OrderDate;
        var request = new
        {
            convention = "FR007", direction = "Payer", notionalWan = 10_000m, fixedRatePct = 1.85m, tenor = "5Y", counterpartyId = "ICBC", bookId = "RATES-TRD",
            tradeDate = tradeDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };

        var response = await trader.PostAsJsonAsync(Preview, request, Ct);
        var terms = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, terms.ToString());
        Assert.Equal("FR007", terms.GetProperty("convention").GetString());
        Assert.Equal(20, terms.GetProperty("periods").GetInt32());
        Assert.Equal("SHCH", terms.GetProperty("clearingHouse").GetString());
        Assert.Equal(100_000_000m, terms.GetProperty("notionalYuan").GetDecimal());
        Assert.Equal(MarketCalendars.CnInterbank.NextBusinessDay(tradeDate), DateOnly.Parse(terms.GetProperty("effectiveDate").GetString()!, CultureInfo.InvariantCulture));

        var bad = await trader.PostAsJsonAsync(Preview, request with { convention = "FR014", notionalWan = 0m }, Ct);
        var problem = await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest, "convention");
        Assert.True(problem.GetProperty("errors").TryGetProperty("notionalWan", out _), problem.ToString());

        Assert.Equal(HttpStatusCode.Forbidden, (await approver.PostAsJsonAsync(Preview, request, Ct)).StatusCode);
    }
}
