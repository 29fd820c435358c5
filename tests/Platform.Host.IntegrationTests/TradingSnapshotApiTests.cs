using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.IntegrationTests.Support;
using Platform.BuildingBlocks.Persistence;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;
using Platform.Testing;
using Xunit;

namespace Platform.Host.IntegrationTests;

/// End-of-day position snapshots over HTTP: taken by hand and by the end-of-day job, kept as valued, replaced when
/// taken again, refused with a clear error for bad input and for roles that may not take them.
public sealed class TradingSnapshotApiTests
{
    private const string Snapshots = "/api/v1/trading/positions/snapshots";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task A_snapshot_keeps_the_positions_as_valued_and_taking_it_again_replaces_it(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new PlatformFactory(database);
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");
        var (bond, clean, _) = await TradingApi.BondAsync(trader, "PolicyBank");
        await TradingApi.CreatedAsync(await TradingApi.PostAsync(trader, "/api/v1/trading/orders", TradingApi.Order(bond, clean, 1000m), "eod-1"));
        var live = (await trader.GetFromJsonAsync<JsonElement>("/api/v1/trading/positions?book=RATES-TRD", Ct)).EnumerateArray().Single();

        var taken = await TradingApi.CreatedAsync(await trader.PostAsJsonAsync(Snapshots, new { bookId = "RATES-TRD" }, Ct));
        var summary = taken.EnumerateArray().Single();
        Assert.Equal(1, summary.GetProperty("positions").GetInt32());
        Assert.Equal(live.GetProperty("cleanMarketValue").GetDecimal(), summary.GetProperty("cleanMarketValue").GetDecimal());
        Assert.Equal("trader1", summary.GetProperty("takenBy").GetString());

        await TradingApi.CreatedAsync(await TradingApi.PostAsync(trader, "/api/v1/trading/orders", TradingApi.Order(bond, clean, 500m), "eod-2"));
        var kept = await trader.GetFromJsonAsync<JsonElement>($"{Snapshots}?book=RATES-TRD", Ct);
        var position = kept.GetProperty("positions").EnumerateArray().Single();
        Assert.Equal(1000m, position.GetProperty("faceWan").GetDecimal());   // as it was when taken
        Assert.Equal(live.GetProperty("realisedPnl").GetDecimal(), position.GetProperty("realisedPnl").GetDecimal());
        Assert.Equal("FVTPL", position.GetProperty("accountingClass").GetString());

        await TradingApi.CreatedAsync(await trader.PostAsJsonAsync(Snapshots, new { bookId = "RATES-TRD" }, Ct));
        var retaken = await trader.GetFromJsonAsync<JsonElement>($"{Snapshots}?book=RATES-TRD&date={Iso(TradingApi.Today)}", Ct);
        Assert.Equal(1500m, retaken.GetProperty("positions").EnumerateArray().Single().GetProperty("faceWan").GetDecimal());

        var all = await TradingApi.CreatedAsync(await trader.PostAsJsonAsync(Snapshots, new { }, Ct));
        Assert.Equal(["CREDIT-INV", "CREDIT-TRD", "NCD-MM", "RATES-HTM", "RATES-INV", "RATES-TRD"], all.EnumerateArray().Select(s => s.GetProperty("bookId").GetString()));
        var empty = await trader.GetFromJsonAsync<JsonElement>($"{Snapshots}?book=RATES-HTM", Ct);
        Assert.Equal(0, empty.GetProperty("summary").GetProperty("positions").GetInt32());
    }

    [Fact]
    public async Task Bad_input_and_other_roles_get_a_clear_answer_and_change_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new PlatformFactory(database);
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");
        var approver = await PlatformFactory.SignedInAsync(host, "approver1");

        await ProblemAssert.IsProblemAsync(await trader.PostAsJsonAsync(Snapshots, new { bookId = "NOPE" }, Ct), HttpStatusCode.BadRequest, "bookId");
        await ProblemAssert.IsProblemAsync(await trader.GetAsync($"{Snapshots}?book=NOPE", Ct), HttpStatusCode.BadRequest, "book");
        await ProblemAssert.IsProblemAsync(await trader.GetAsync($"{Snapshots}?book=RATES-TRD&date=2020-01-02", Ct), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await approver.PostAsJsonAsync(Snapshots, new { bookId = "RATES-TRD" }, Ct)).StatusCode);
        await ProblemAssert.IsProblemAsync(await trader.GetAsync($"{Snapshots}?book=RATES-TRD", Ct), HttpStatusCode.NotFound);   // nothing was taken
    }

    [Fact]
    public async Task The_end_of_day_job_snapshots_every_book_on_a_business_day_past_its_time()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new PlatformFactory(database, settings: new Dictionary<string, string?> { ["Platform:Trading:EndOfDaySnapshotAt"] = "00:00" });
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");
        var today = ChinaTime.DateOf(DateTimeOffset.UtcNow);

        if (!MarketCalendars.CnInterbank.IsBusinessDay(today))
        {
            await Task.Delay(TimeSpan.FromSeconds(3), Ct);
            await ProblemAssert.IsProblemAsync(await trader.GetAsync($"{Snapshots}?book=RATES-TRD", Ct), HttpStatusCode.NotFound);   // no job on a holiday
            return;
        }
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        HttpResponseMessage response;
        while ((response = await trader.GetAsync($"{Snapshots}?book=CREDIT-INV", Ct)).StatusCode == HttpStatusCode.NotFound && DateTimeOffset.UtcNow < deadline)
            await Task.Delay(200, Ct);
        var snapshot = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("system:end-of-day", snapshot.GetProperty("summary").GetProperty("takenBy").GetString());
        Assert.Equal(Iso(today), snapshot.GetProperty("summary").GetProperty("date").GetString());
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
