using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Platform.BuildingBlocks.Persistence;
using Platform.Host.IntegrationTests.Support;
using Platform.SharedKernel.Calendars;
using Platform.Testing;
using Xunit;

namespace Platform.Host.IntegrationTests;

/// Derivatives capture over HTTP: previews, booking once per key (also after a restart), the outbox event clearing
/// reads, the list, and bad input or failed checks that change nothing.
public sealed class TradingDerivativeApiTests
{
    private const string Base = "/api/v1/trading/derivatives";
    private const string EventManifest = "trading.derivative-booked-event.v1";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_swap_preview_gives_its_terms_and_checks_and_bad_input_names_each_field()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new PlatformFactory(database);
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");
        var approver = await PlatformFactory.SignedInAsync(host, "approver1");
        var request = Swap();

        var response = await trader.PostAsJsonAsync($"{Base}/swaps/preview", request, Ct);
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, preview.ToString());
        Assert.True(preview.GetProperty("passes").GetBoolean(), preview.ToString());
        var terms = preview.GetProperty("swap");
        Assert.Equal("FR007", terms.GetProperty("convention").GetString());
        Assert.Equal(20, terms.GetProperty("periods").GetInt32());
        Assert.Equal("SHCH", terms.GetProperty("clearingHouse").GetString());
        Assert.Equal(100_000_000m, terms.GetProperty("notionalYuan").GetDecimal());
        Assert.Equal(MarketCalendars.CnInterbank.NextBusinessDay(TradingApi.OrderDate), Date(terms.GetProperty("effectiveDate")));

        var bad = await trader.PostAsJsonAsync($"{Base}/swaps/preview", request with { convention = "FR014", notionalWan = 0m }, Ct);
        var problem = await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest, "convention");
        Assert.True(problem.GetProperty("errors").TryGetProperty("notionalWan", out _), problem.ToString());

        Assert.Equal(HttpStatusCode.Forbidden, (await approver.PostAsJsonAsync($"{Base}/swaps/preview", request, Ct)).StatusCode);
    }

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task A_swap_is_booked_once_per_key_listed_and_raised_for_clearing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new PlatformFactory(database);
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");

        var booked = await TradingApi.CreatedAsync(await TradingApi.PostAsync(trader, $"{Base}/swaps", Swap(), "irs-1"));
        var tradeId = booked.GetProperty("tradeId").GetString()!;
        Assert.Equal("RATES-TRD-D00000001", tradeId);
        Assert.Equal("Swap", booked.GetProperty("kind").GetString());
        Assert.Equal(10_000m, booked.GetProperty("notionalWan").GetDecimal());
        Assert.Equal(1.85m, booked.GetProperty("rateOrPrice").GetDecimal());
        Assert.Equal(20, booked.GetProperty("swap").GetProperty("periods").GetInt32());

        // the same key and request: the first answer; the same key for another request: refused
        var again = await TradingApi.CreatedAsync(await TradingApi.PostAsync(trader, $"{Base}/swaps", Swap(), "irs-1"));
        Assert.Equal(booked.ToString(), again.ToString());
        await ProblemAssert.IsProblemAsync(await TradingApi.PostAsync(trader, $"{Base}/swaps", Swap() with { fixedRatePct = 1.9m }, "irs-1"),
            HttpStatusCode.BadRequest, "Idempotency-Key");

        // bad input and failed checks change nothing
        await ProblemAssert.IsProblemAsync(await TradingApi.PostAsync(trader, $"{Base}/swaps", Swap() with { tenor = "5X" }, "irs-2"), HttpStatusCode.BadRequest, "tenor");
        await ProblemAssert.IsProblemAsync(await TradingApi.PostAsync(trader, $"{Base}/swaps", Swap(), null), HttpStatusCode.BadRequest, "Idempotency-Key");
        var refused = await TradingApi.PostAsync(trader, $"{Base}/swaps", Swap() with { counterpartyId = "PATR" }, "irs-3");
        var checks = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.UnprocessableEntity);
        Assert.Contains(checks.GetProperty("checks").EnumerateArray(), c => c.GetProperty("check").GetString() == "counterparty" && c.GetProperty("outcome").GetString() == "Fail");
        var beyond = await TradingApi.PostAsync(trader, $"{Base}/swaps", Swap() with { notionalWan = 150_000m }, "irs-4");
        var authority = await ProblemAssert.IsProblemAsync(beyond, HttpStatusCode.UnprocessableEntity);
        Assert.Contains(authority.GetProperty("checks").EnumerateArray(), c => c.GetProperty("check").GetString() == "traderAuthority" && c.GetProperty("outcome").GetString() == "Fail");

        var list = await trader.GetFromJsonAsync<JsonElement>($"{Base}?book=RATES-TRD&kind=Swap", Ct);
        Assert.Equal(1, list.GetProperty("total").GetInt64());
        Assert.Equal(tradeId, list.GetProperty("items")[0].GetProperty("tradeId").GetString());
        var one = await trader.GetFromJsonAsync<JsonElement>($"{Base}/{tradeId}", Ct);
        Assert.Equal("ICBC", one.GetProperty("counterpartyId").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await trader.GetAsync($"{Base}/RATES-TRD-D00000099", Ct)).StatusCode);
        await ProblemAssert.IsProblemAsync(await trader.GetAsync($"{Base}?book=RATES-TRD&kind=Option", Ct), HttpStatusCode.BadRequest, "kind");
        await ProblemAssert.IsProblemAsync(await trader.GetAsync(Base, Ct), HttpStatusCode.BadRequest, "book");

        // one integration event for the one booking, in the same transaction as the row
        await using var conn = await database.Connections.OpenAsync(Ct);
        var payloads = (await conn.QueryAsync<string>("SELECT payload FROM platform_outbox WHERE manifest = @M", new { M = EventManifest })).ToList();
        var payload = Assert.Single(payloads);
        var raised = JsonDocument.Parse(payload).RootElement;
        Assert.Equal(tradeId, raised.GetProperty("tradeId").GetString());
        Assert.Equal("FR007", raised.GetProperty("swap").GetProperty("convention").GetString());
    }

    [Fact]
    public async Task A_standard_bond_forward_is_booked_on_a_listed_contract_with_the_yield_its_price_implies()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new PlatformFactory(database);
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");
        var date = TradingApi.OrderDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var contracts = await trader.GetFromJsonAsync<JsonElement>($"{Base}/bond-forwards/contracts?date={date}", Ct);
        Assert.Equal(9, contracts.GetArrayLength());   // three products, three quarterly months each
        var contract = contracts.EnumerateArray().First(c => c.GetProperty("product").GetString() == "CDB10");
        var last = Date(contract.GetProperty("lastTradingDay"));
        // the second Friday of the month, or the last business day before it when it is a holiday
        var calendar = MarketCalendars.CnInterbankProjected;
        var secondFriday = SecondFriday(last);
        Assert.True(calendar.IsBusinessDay(last) && last <= secondFriday && last >= TradingApi.OrderDate, $"{Code(contract)} last trading day {last}");
        for (var d = last.AddDays(1); d <= secondFriday; d = d.AddDays(1)) Assert.False(calendar.IsBusinessDay(d), $"{d} is a business day after {last}");
        Assert.Equal(MarketCalendars.CnInterbankProjected.NextBusinessDay(last), Date(contract.GetProperty("deliveryDate")));
        var code = Code(contract);
        var request = new { contract = code, direction = "Sell", faceWan = 5_000m, price = 100m, counterpartyId = "BOC", bookId = "RATES-TRD", tradeDate = date, cfetsDealNumber = "FWD-1" };

        var booked = await TradingApi.CreatedAsync(await TradingApi.PostAsync(trader, $"{Base}/bond-forwards", request, "fwd-1"));
        var terms = booked.GetProperty("forward");
        Assert.Equal(code, terms.GetProperty("contract").GetString());
        Assert.Equal(50_000_000m, terms.GetProperty("faceYuan").GetDecimal());
        Assert.Equal(0.03, terms.GetProperty("impliedYield").GetDouble(), 6);   // a 3 % notional bond priced at par, on a coupon date
        Assert.Equal("RATES-TRD-D00000001", booked.GetProperty("tradeId").GetString());

        var bad = await TradingApi.PostAsync(trader, $"{Base}/bond-forwards", request with { contract = "CDB10_1912", faceWan = 150m, price = 300m }, "fwd-2");
        var problem = await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest, "contract");
        Assert.True(problem.GetProperty("errors").TryGetProperty("faceWan", out _), problem.ToString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("price", out _), problem.ToString());
        var list = await trader.GetFromJsonAsync<JsonElement>($"{Base}?book=RATES-TRD", Ct);
        Assert.Equal(1, list.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_swap_retry_gets_its_first_answer_after_a_restart()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        JsonElement first;
        await using (var host = new PlatformFactory(database))
        {
            var trader = await PlatformFactory.SignedInAsync(host, "trader1");
            first = await TradingApi.CreatedAsync(await TradingApi.PostAsync(trader, $"{Base}/swaps", Swap(), "irs-restart"));
        }
        await using var again = new PlatformFactory(database);
        var client = await PlatformFactory.SignedInAsync(again, "trader1");
        var retry = await TradingApi.CreatedAsync(await TradingApi.PostAsync(client, $"{Base}/swaps", Swap(), "irs-restart"));
        Assert.Equal(first.ToString(), retry.ToString());
        var next = await TradingApi.CreatedAsync(await TradingApi.PostAsync(client, $"{Base}/swaps", Swap() with { fixedRatePct = 1.9m }, "irs-next"));
        Assert.Equal("RATES-TRD-D00000002", next.GetProperty("tradeId").GetString());
    }

    private static SwapBody Swap() => new("FR007", "Payer", 10_000m, 1.85m, "5Y", "ICBC", "RATES-TRD", TradingApi.OrderDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static string Code(JsonElement contract) => contract.GetProperty("code").GetString()!;

    private static DateOnly Date(JsonElement e) => DateOnly.Parse(e.GetString()!, CultureInfo.InvariantCulture);

    private static DateOnly SecondFriday(DateOnly inMonth)
    {
        var first = new DateOnly(inMonth.Year, inMonth.Month, 1);
        return first.AddDays(((int)DayOfWeek.Friday - (int)first.DayOfWeek + 7) % 7 + 7);
    }

    private sealed record SwapBody(string convention, string direction, decimal notionalWan, decimal fixedRatePct, string tenor, string counterpartyId, string bookId, string tradeDate);
}
