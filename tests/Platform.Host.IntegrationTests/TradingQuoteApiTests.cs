using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Persistence;
using Platform.Host.IntegrationTests.Support;
using Platform.SharedKernel;
using Platform.Testing;
using Xunit;

namespace Platform.Host.IntegrationTests;

/// The dealer quote board over HTTP on SQLite and PostgreSQL: traders post and replace their own quotes, everyone reads
/// the board, bad quotes are refused by field, and quotes go stale by the clock.
public sealed class TradingQuoteApiTests
{
    private const string Quotes = "/api/v1/trading/quotes";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task Traders_post_replace_and_withdraw_their_own_quotes_and_everyone_reads_the_board(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new PlatformFactory(database);
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");
        var approver = await PlatformFactory.SignedInAsync(host, "approver1");
        var (policy, _, min) = await TradingApi.BondAsync(trader, "PolicyBank");
        var (ncd, _, ncdMin) = await TradingApi.BondAsync(trader, "Ncd");

        var posted = await OkAsync(await trader.PutAsJsonAsync($"{Quotes}/{policy}",
            new { bidYieldPct = 1.8530m, bidFaceWan = min * 5, askYieldPct = 1.8400m, askFaceWan = min * 3, remarks = "可小量 small size ok" }, Ct));
        Assert.Equal(("trader1", policy, false), (posted.GetProperty("trader").GetString(), posted.GetProperty("bondId").GetString(), posted.GetProperty("stale").GetBoolean()));
        Assert.Equal(1.853m, posted.GetProperty("bidYieldPct").GetDecimal());
        Assert.Equal(min * 3, posted.GetProperty("askFaceWan").GetDecimal());
        var valuation = posted.GetProperty("valuationYieldPct").GetDouble();
        Assert.InRange(valuation, 0.05, 8);
        Assert.Equal(Math.Round((1.8465 - valuation) * 100, 2), posted.GetProperty("midSpreadBp").GetDouble(), 2);

        var board = await approver.GetFromJsonAsync<JsonElement>(Quotes, Ct);
        var seen = Assert.Single(board.GetProperty("items").EnumerateArray());
        Assert.Equal((policy, "PolicyBank", "可小量 small size ok"), (seen.GetProperty("bondId").GetString(), seen.GetProperty("bondType").GetString(), seen.GetProperty("remarks").GetString()));

        var replaced = await OkAsync(await trader.PutAsJsonAsync($"{Quotes}/{policy}", new { bondId = policy, bidYieldPct = 1.86m, bidFaceWan = min }, Ct));
        Assert.Equal(JsonValueKind.Null, replaced.GetProperty("askYieldPct").ValueKind);   // the quote as a whole was replaced
        board = await approver.GetFromJsonAsync<JsonElement>(Quotes, Ct);
        Assert.Equal(1, board.GetProperty("total").GetInt64());
        Assert.Equal(1.86m, board.GetProperty("items")[0].GetProperty("bidYieldPct").GetDecimal());

        await OkAsync(await trader.PutAsJsonAsync($"{Quotes}/{ncd}", new { askYieldPct = 1.62m, askFaceWan = ncdMin * 10 }, Ct));
        Assert.Equal(ncd, (await approver.GetFromJsonAsync<JsonElement>($"{Quotes}?bondType=Ncd", Ct)).GetProperty("items")[0].GetProperty("bondId").GetString());
        Assert.Equal(1, (await approver.GetFromJsonAsync<JsonElement>($"{Quotes}?search={policy}", Ct)).GetProperty("total").GetInt64());
        Assert.Equal(2, (await approver.GetFromJsonAsync<JsonElement>($"{Quotes}?search=TRADER1", Ct)).GetProperty("total").GetInt64());

        var trader2 = await SecondTraderAsync(host);
        await OkAsync(await trader2.PutAsJsonAsync($"{Quotes}/{policy}", new { bidYieldPct = 1.87m, bidFaceWan = min * 2 }, Ct));
        await ProblemAssert.IsProblemAsync(await trader2.DeleteAsync($"{Quotes}/{ncd}", Ct), HttpStatusCode.Forbidden);   // trader1's alone
        await ProblemAssert.IsProblemAsync(await trader2.DeleteAsync($"{Quotes}/NOPE", Ct), HttpStatusCode.NotFound);
        Assert.Equal(3, (await approver.GetFromJsonAsync<JsonElement>(Quotes, Ct)).GetProperty("total").GetInt64());

        Assert.Equal(HttpStatusCode.NoContent, (await trader.DeleteAsync($"{Quotes}/{policy}", Ct)).StatusCode);
        var left = await approver.GetFromJsonAsync<JsonElement>($"{Quotes}?search={policy}", Ct);
        Assert.Equal("trader2", Assert.Single(left.GetProperty("items").EnumerateArray()).GetProperty("trader").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await approver.PutAsJsonAsync($"{Quotes}/{policy}", new { bidYieldPct = 1.9m, bidFaceWan = min }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await approver.DeleteAsync($"{Quotes}/{ncd}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.NewClient().GetAsync(Quotes, Ct)).StatusCode);
        Assert.Equal(2, (await approver.GetFromJsonAsync<JsonElement>(Quotes, Ct)).GetProperty("total").GetInt64());
    }

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task Bad_quotes_are_refused_by_field_and_leave_the_board_empty(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new PlatformFactory(database);
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");
        var (bond, _, min) = await TradingApi.BondAsync(trader, "PolicyBank");
        var corporate = (await trader.GetFromJsonAsync<JsonElement>("/api/v1/trading/reference/bonds?bondType=Corporate&pageSize=1", Ct))
            .GetProperty("items")[0].GetProperty("bondId").GetString();

        var crossed = await ProblemAssert.IsProblemAsync(await trader.PutAsJsonAsync($"{Quotes}/{bond}",
            new { bidYieldPct = 1.84m, bidFaceWan = min, askYieldPct = 1.85m, askFaceWan = min }, Ct), HttpStatusCode.BadRequest, "bidYieldPct");
        Assert.Contains("crossed", crossed.GetProperty("errors").GetProperty("bidYieldPct")[0].GetString(), StringComparison.Ordinal);
        var oddFace = await ProblemAssert.IsProblemAsync(await trader.PutAsJsonAsync($"{Quotes}/{bond}",
            new { bidYieldPct = 1.85m, bidFaceWan = min * 1.5m }, Ct), HttpStatusCode.BadRequest, "bidFaceWan");
        Assert.Contains("multiple", oddFace.GetProperty("errors").GetProperty("bidFaceWan")[0].GetString(), StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(await trader.PutAsJsonAsync($"{Quotes}/{bond}", new { askYieldPct = 1.85m, askFaceWan = -min }, Ct), HttpStatusCode.BadRequest, "askFaceWan");
        await ProblemAssert.IsProblemAsync(await trader.PutAsJsonAsync($"{Quotes}/NOPE", new { bidYieldPct = 1.85m, bidFaceWan = 1000m }, Ct), HttpStatusCode.BadRequest, "bondId");
        await ProblemAssert.IsProblemAsync(await trader.PutAsJsonAsync($"{Quotes}/{corporate}", new { bidYieldPct = 2.5m, bidFaceWan = 1000m }, Ct), HttpStatusCode.BadRequest, "bondId");
        await ProblemAssert.IsProblemAsync(await trader.PutAsJsonAsync($"{Quotes}/{bond}", new { bondId = "OTHER", bidYieldPct = 1.85m, bidFaceWan = min }, Ct), HttpStatusCode.BadRequest, "bondId");
        await ProblemAssert.IsProblemAsync(await trader.PutAsJsonAsync($"{Quotes}/{bond}", new { remarks = "no sides" }, Ct), HttpStatusCode.BadRequest, "bidYieldPct");
        await ProblemAssert.IsProblemAsync(await trader.PutAsJsonAsync($"{Quotes}/{bond}", new { bidYieldPct = 1.85001m, bidFaceWan = min }, Ct), HttpStatusCode.BadRequest, "bidYieldPct");
        await ProblemAssert.IsProblemAsync(await trader.PutAsJsonAsync($"{Quotes}/{bond}", new { bidYield = 1.85m, bidFaceWan = min }, Ct), HttpStatusCode.BadRequest, "bidYield");
        await ProblemAssert.IsProblemAsync(await trader.GetAsync($"{Quotes}?bondType=Junk", Ct), HttpStatusCode.BadRequest, "bondType");

        var board = await trader.GetFromJsonAsync<JsonElement>($"{Quotes}?includeStale=true", Ct);
        Assert.Equal(0, board.GetProperty("total").GetInt64());
    }

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task A_quote_goes_stale_after_the_configured_time_is_hidden_unless_asked_for_and_is_fresh_again_when_posted_again(DatabaseKind kind)
    {
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new PlatformFactory(database, services => services.AddSingleton<IClock>(clock),
            new Dictionary<string, string?> { ["Platform:Trading:QuoteStaleAfter"] = "00:10:00" });
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");
        var (bond, _, min) = await TradingApi.BondAsync(trader, "Treasury");
        var quote = new { bidYieldPct = 1.75m, bidFaceWan = min * 2, askYieldPct = 1.74m, askFaceWan = min * 2 };
        await OkAsync(await trader.PutAsJsonAsync($"{Quotes}/{bond}", quote, Ct));

        clock.Advance(TimeSpan.FromMinutes(9) + TimeSpan.FromSeconds(59));
        var fresh = (await trader.GetFromJsonAsync<JsonElement>(Quotes, Ct)).GetProperty("items")[0];
        Assert.False(fresh.GetProperty("stale").GetBoolean());
        Assert.Equal("00:09:59", fresh.GetProperty("age").GetString());

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, (await trader.GetFromJsonAsync<JsonElement>(Quotes, Ct)).GetProperty("total").GetInt64());
        var stale = Assert.Single((await trader.GetFromJsonAsync<JsonElement>($"{Quotes}?includeStale=true", Ct)).GetProperty("items").EnumerateArray());
        Assert.True(stale.GetProperty("stale").GetBoolean());
        Assert.Equal("00:10:00", stale.GetProperty("age").GetString());

        var again = await OkAsync(await trader.PutAsJsonAsync($"{Quotes}/{bond}", quote, Ct));
        Assert.Equal(("00:00:00", false), (again.GetProperty("age").GetString(), again.GetProperty("stale").GetBoolean()));
        Assert.Equal(1, (await trader.GetFromJsonAsync<JsonElement>(Quotes, Ct)).GetProperty("total").GetInt64());
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// A second trader, created by the demo admin: the demo set has one trader only.
    private static async Task<HttpClient> SecondTraderAsync(PlatformFactory host)
    {
        var admin = await PlatformFactory.SignedInAsync(host, "admin1");
        var created = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "trader2", displayName = "交易员二 Trader Two", password = "Tr20261126", roles = new[] { "Trader" } }, Ct);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(Ct));
        var client = host.NewClient();
        (await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "trader2", password = "Tr20261126" }, Ct)).EnsureSuccessStatusCode();
        return client;
    }
}
