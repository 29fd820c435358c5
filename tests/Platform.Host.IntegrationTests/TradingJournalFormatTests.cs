using System.Net.Http.Json;
using System.Text.Json;
using Akka.Actor;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Persistence;
using Platform.Host.IntegrationTests.Actors;
using Platform.Host.IntegrationTests.Support;
using Platform.Testing;
using Platform.Trading.Contracts.Tickets;
using Platform.Trading.Domain.Books;
using Xunit;

namespace Platform.Host.IntegrationTests;

/// A book journaled by an earlier release, one event to a row, recovers into the entity that now writes several events
/// to a row: its trades count, its positions hold, and its read model is written from those rows.
public sealed class TradingJournalFormatTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task A_book_journaled_one_event_to_a_row_recovers_and_books_on(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        string bond;
        double clean;
        await using (var before = new PlatformFactory(database))
        {
            var reader = await PlatformFactory.SignedInAsync(before, "trader1");
            (bond, clean, _) = await TradingApi.BondAsync(reader, "Treasury");
            var events = new object[] { Bought("CREDIT-TRD-00000001", 1, bond, clean, 300m), Bought("CREDIT-TRD-00000002", 2, bond, clean, 200m) };
            var system = before.Services.GetRequiredService<ActorSystem>();
            var writer = system.ActorOf(Props.Create(() => new LegacyJournalWriter("trading-book-CREDIT-TRD", events)));
            Assert.Equal("done", await writer.Ask<string>("write", TimeSpan.FromSeconds(30), Ct));
        }

        await using var after = new PlatformFactory(database);
        var trader = await PlatformFactory.SignedInAsync(after, "trader1");
        var order = await TradingApi.CreatedAsync(await TradingApi.PostAsync(trader, "/api/v1/trading/orders",
            TradingApi.Order(bond, clean, 100m, book: "CREDIT-TRD"), "after-upgrade"));

        Assert.Equal("CREDIT-TRD-00000003", order.GetProperty("trade").GetProperty("tradeId").GetString());
        Assert.Equal(600m, await TradingApi.HeldAsync(trader, "CREDIT-TRD", bond));
        var trades = await trader.GetFromJsonAsync<JsonElement>("/api/v1/trading/trades?book=CREDIT-TRD", Ct);
        Assert.Equal(3, trades.GetProperty("total").GetInt64());
    }

    private static TradeBooked Bought(string tradeId, long sequence, string bond, double clean, decimal faceWan)
    {
        var date = TradingApi.OrderDate;
        var request = new TicketRequest(bond, TradeDirections.Buy, TradingMethods.Rfq, PriceKinds.CleanPrice, (decimal)clean, faceWan, SettlementSpeeds.T1,
            SettlementMethods.Dvp, "ICBC", "CREDIT-TRD", date);
        var economics = new TicketEconomics(date, date.AddDays(1), clean, clean + 1, 1, 0.02, null, faceWan * 10_000m * (decimal)(clean + 1) / 100m, 0m, 0m,
            null, null, null, null, null);
        return new TradeBooked(tradeId, sequence, new TradeDocument("trader1", request, economics, null, null, []), $"trader1:legacy-{sequence}", "h",
            DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
    }
}
