using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.BuildingBlocks.Persistence;
using Platform.Host.IntegrationTests.Support;
using Platform.Testing;
using Xunit;

namespace Platform.Host.IntegrationTests;

/// Pre-approved orders through the book entities on SQLite and PostgreSQL: booked with their checks, answered once per
/// idempotency key, refused with a clear error and no change when the input or a check is bad.
public sealed class TradingOrderApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task An_order_is_booked_once_per_key_and_moves_the_position_and_the_blotter(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new PlatformFactory(database);
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");
        var (bond, clean, _) = await TradingApi.BondAsync(trader, "PolicyBank");

        var first = await TradingApi.CreatedAsync(await TradingApi.PostAsync(trader, "/api/v1/trading/orders", TradingApi.Order(bond, clean, 1000m), "order-1"));
        var tradeId = first.GetProperty("trade").GetProperty("tradeId").GetString();
        Assert.Equal("RATES-TRD-00000001", tradeId);
        Assert.DoesNotContain(first.GetProperty("checks").EnumerateArray(), c => c.GetProperty("outcome").GetString() == "Fail");
        var again = await TradingApi.CreatedAsync(await TradingApi.PostAsync(trader, "/api/v1/trading/orders", TradingApi.Order(bond, clean, 1000m), "order-1"));
        Assert.Equal(first.ToString(), again.ToString());   // the first answer, word for word
        var reused = await TradingApi.PostAsync(trader, "/api/v1/trading/orders", TradingApi.Order(bond, clean, 2000m), "order-1");
        await ProblemAssert.IsProblemAsync(reused, HttpStatusCode.BadRequest, "Idempotency-Key");

        Assert.Equal(1000m, await TradingApi.HeldAsync(trader, "RATES-TRD", bond));
        var sold = await TradingApi.CreatedAsync(await TradingApi.PostAsync(trader, "/api/v1/trading/orders", TradingApi.Order(bond, clean, 300m, "Sell"), "order-2"));
        Assert.Equal("RATES-TRD-00000002", sold.GetProperty("trade").GetProperty("tradeId").GetString());
        Assert.Equal(700m, await TradingApi.HeldAsync(trader, "RATES-TRD", bond));
        var trades = await trader.GetFromJsonAsync<JsonElement>("/api/v1/trading/trades?book=RATES-TRD", Ct);
        Assert.Equal(2, trades.GetProperty("total").GetInt64());
        var position = (await trader.GetFromJsonAsync<JsonElement>("/api/v1/trading/positions?book=RATES-TRD", Ct)).EnumerateArray().Single();
        Assert.True(position.GetProperty("dv01").GetDecimal() > 0);
        Assert.Equal(Math.Round((decimal)position.GetProperty("cleanPrice").GetDouble() * 7_000_000m / 100m, 2), position.GetProperty("cleanMarketValue").GetDecimal());
    }

    [Fact]
    public async Task A_retry_gets_its_first_answer_after_a_restart_even_when_the_order_would_now_be_refused()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var lateDate = Platform.SharedKernel.Calendars.MarketCalendars.CnInterbank.Advance(TradingApi.OrderDate, -2);
        JsonElement first;
        string bond;
        double clean;
        await using (var host = new PlatformFactory(database))
        {
            var trader = await PlatformFactory.SignedInAsync(host, "trader1");
            (bond, clean, _) = await TradingApi.BondAsync(trader, "PolicyBank");
            first = await TradingApi.CreatedAsync(await TradingApi.PostAsync(trader, "/api/v1/trading/orders", TradingApi.Order(bond, clean, 1000m, tradeDate: lateDate), "late-1"));
        }

        // the desk no longer accepts late bookings; the book entity is recovered from the journal
        await using var strict = new PlatformFactory(database, settings: new Dictionary<string, string?> { ["Platform:Trading:OrderBackdateBusinessDays"] = "0" });
        var again = await PlatformFactory.SignedInAsync(strict, "trader1");
        var fresh = await TradingApi.PostAsync(again, "/api/v1/trading/orders", TradingApi.Order(bond, clean, 1000m, tradeDate: lateDate), "late-2");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fresh.StatusCode);
        var retry = await TradingApi.CreatedAsync(await TradingApi.PostAsync(again, "/api/v1/trading/orders", TradingApi.Order(bond, clean, 1000m, tradeDate: lateDate), "late-1"));
        Assert.Equal(first.ToString(), retry.ToString());
        Assert.Equal(1000m, await TradingApi.HeldAsync(again, "RATES-TRD", bond));
    }

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task Positions_report_cost_and_pnl_as_the_books_accounting_class_requires(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new PlatformFactory(database);
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");
        var (bond, clean, _) = await TradingApi.BondAsync(trader, "PolicyBank");
        const string orders = "/api/v1/trading/orders";
        var cost = (double)Math.Round((decimal)clean, 4);
        var higher = (double)Math.Round((decimal)clean + 0.2m, 4);

        await TradingApi.CreatedAsync(await TradingApi.PostAsync(trader, orders, TradingApi.Order(bond, cost, 1000m), "pnl-1"));
        await TradingApi.CreatedAsync(await TradingApi.PostAsync(trader, orders, TradingApi.Order(bond, higher, 300m, "Sell"), "pnl-2"));
        await TradingApi.CreatedAsync(await TradingApi.PostAsync(trader, orders, TradingApi.Order(bond, cost, 500m, book: "RATES-INV"), "pnl-3"));

        // FVTPL: average cost, the sale's gain realised, the rest of the price move unrealised, nothing amortised
        var trading = (await trader.GetFromJsonAsync<JsonElement>("/api/v1/trading/positions?book=RATES-TRD", Ct)).EnumerateArray().Single();
        Assert.Equal("FVTPL", trading.GetProperty("accountingClass").GetString());
        Assert.Equal(cost, trading.GetProperty("averageCleanCost").GetDouble(), 6);
        Assert.Equal((decimal)(higher - cost) * 3_000_000m / 100m, trading.GetProperty("realisedPnl").GetDecimal(), 1);
        var cleanValue = trading.GetProperty("cleanMarketValue").GetDecimal();
        Assert.Equal(cleanValue - (decimal)cost * 7_000_000m / 100m, trading.GetProperty("unrealisedPnl").GetDecimal(), 1);
        Assert.Equal(JsonValueKind.Null, trading.GetProperty("amortisedCost").ValueKind);
        Assert.Equal(JsonValueKind.Null, trading.GetProperty("oci").ValueKind);
        Assert.True(trading.GetProperty("dv01").GetDecimal() > 0);

        // FVOCI: the price move goes to OCI over the amortised cost, none to profit or loss
        var investment = (await trader.GetFromJsonAsync<JsonElement>("/api/v1/trading/positions?book=RATES-INV", Ct)).EnumerateArray().Single();
        Assert.Equal("FVOCI", investment.GetProperty("accountingClass").GetString());
        var amortised = investment.GetProperty("amortisedCost").GetDecimal();
        Assert.Equal(investment.GetProperty("cleanMarketValue").GetDecimal() - amortised, investment.GetProperty("oci").GetDecimal(), 1);
        Assert.Equal(0m, investment.GetProperty("unrealisedPnl").GetDecimal());
        Assert.Equal(0m, investment.GetProperty("realisedPnl").GetDecimal());
        Assert.InRange(amortised, (decimal)cost * 5_000_000m / 100m - 1_000m, (decimal)cost * 5_000_000m / 100m + 1_000m);   // a day or two of accretion at most
    }

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task Bad_input_and_failed_checks_get_a_clear_error_and_change_nothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new PlatformFactory(database);
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");
        var (bond, clean, min) = await TradingApi.BondAsync(trader, "PolicyBank");
        const string orders = "/api/v1/trading/orders";

        await ProblemAssert.IsProblemAsync(await TradingApi.PostAsync(trader, orders, TradingApi.Order("NOPE", clean, 1000m), "bad-1"), HttpStatusCode.BadRequest, "bondId");
        await ProblemAssert.IsProblemAsync(await TradingApi.PostAsync(trader, orders, TradingApi.Order(bond, clean, min * 10 + min / 2), "bad-2"), HttpStatusCode.BadRequest, "faceWan");
        await ProblemAssert.IsProblemAsync(await TradingApi.PostAsync(trader, orders, TradingApi.Order(bond, clean, 1000m), null), HttpStatusCode.BadRequest, "Idempotency-Key");
        var holiday = new DateOnly(2026, 10, 1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var onHoliday = await TradingApi.PostAsync(trader, orders, TradingApi.Order(bond, clean, 1000m, tradeDate: new DateOnly(2026, 9, 30), settlementDate: holiday), "bad-3");
        var problem = await ProblemAssert.IsProblemAsync(onHoliday, HttpStatusCode.BadRequest, "settlementDate");
        var t1 = Platform.SharedKernel.Calendars.MarketCalendars.CnInterbank.NextBusinessDay(new DateOnly(2026, 9, 30)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"is a holiday; T+1 from 2026-09-30 settles on {t1}", problem.GetProperty("errors").GetProperty("settlementDate")[0].GetString(), StringComparison.Ordinal);

        var offPrice = await TradingApi.PostAsync(trader, orders, TradingApi.Order(bond, clean * 1.5, 1000m), "bad-4");
        var refused = await ProblemAssert.IsProblemAsync(offPrice, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("+50.0", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(refused.GetProperty("checks").EnumerateArray(), c => c.GetProperty("check").GetString() == "priceDeviation" && c.GetProperty("outcome").GetString() == "Fail");
        var shortSale = await TradingApi.PostAsync(trader, orders, TradingApi.Order(bond, clean, 100m, "Sell", book: "RATES-INV"), "bad-5");
        var shortRefused = await ProblemAssert.IsProblemAsync(shortSale, HttpStatusCode.UnprocessableEntity);
        Assert.Contains(shortRefused.GetProperty("checks").EnumerateArray(), c => c.GetProperty("check").GetString() == "position" && c.GetProperty("outcome").GetString() == "Fail");
        var suspended = await TradingApi.PostAsync(trader, orders, TradingApi.Order(bond, clean, 100m, counterparty: "XYZRCB"), "bad-6");
        Assert.Contains((await ProblemAssert.IsProblemAsync(suspended, HttpStatusCode.UnprocessableEntity)).GetProperty("checks").EnumerateArray(),
            c => c.GetProperty("check").GetString() == "counterparty" && c.GetProperty("outcome").GetString() == "Fail");
        var tooBig = await TradingApi.PostAsync(trader, orders, TradingApi.Order(bond, clean, 200_000m), "bad-7");
        Assert.Contains((await ProblemAssert.IsProblemAsync(tooBig, HttpStatusCode.UnprocessableEntity)).GetProperty("checks").EnumerateArray(),
            c => c.GetProperty("check").GetString() == "traderAuthority" && c.GetProperty("outcome").GetString() == "Fail");

        var approver = await PlatformFactory.SignedInAsync(host, "approver1");
        Assert.Equal(HttpStatusCode.Forbidden, (await TradingApi.PostAsync(approver, orders, TradingApi.Order(bond, clean, 100m), "not-a-trader")).StatusCode);
        var trades = await trader.GetFromJsonAsync<JsonElement>("/api/v1/trading/trades?book=RATES-TRD", Ct);
        Assert.Equal(0, trades.GetProperty("total").GetInt64());
        Assert.Empty((await trader.GetFromJsonAsync<JsonElement>("/api/v1/trading/positions?book=RATES-INV", Ct)).EnumerateArray());
    }
}
