using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.BuildingBlocks.Persistence;
using Platform.Host.IntegrationTests.Support;
using Platform.Testing;
using Xunit;

namespace Platform.Host.IntegrationTests;

/// The host process is killed (SIGKILL) while orders, tickets and swaps stream in. After a restart on the same database
/// every acknowledged order, ticket and swap is there, each idempotency key is booked exactly once however often it is
/// sent again, and every position equals the sum of the trades booked.
public sealed class TradingKillRestartTests
{
    private const int Orders = 240;
    private const int Tickets = 12;
    private const int Swaps = 12;
    private const string SwapPath = "/api/v1/trading/derivatives/swaps";
    private static readonly string[] Books = ["RATES-TRD", "NCD-MM", "CREDIT-TRD"];
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task After_a_kill_nothing_acknowledged_is_lost_or_booked_twice_and_positions_equal_the_trades(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var acknowledgedOrders = new ConcurrentDictionary<string, string>();    // key -> trade id
        var acknowledgedTickets = new ConcurrentDictionary<string, string>();   // key -> ticket id
        var acknowledgedSwaps = new ConcurrentDictionary<string, string>();     // key -> derivative trade id
        List<(string Key, string Path, object Body)> requests;
        await using (var first = HostProcess.Start(database, "--Platform:Demo:Enabled=true"))
        {
            await first.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
            var trader = await SignInAsync(first, "trader1");
            requests = await RequestsAsync(trader);
            using var kill = new CancellationTokenSource();
            var sending = Task.WhenAll(requests.Chunk(requests.Count / 8).Select(chunk => Task.Run(async () =>
            {
                foreach (var (key, path, body) in chunk)
                {
                    try
                    {
                        var response = await TradingApi.PostAsync(trader, path, body, key);
                        if (response.StatusCode != HttpStatusCode.Created) continue;
                        var json = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
                        if (path.EndsWith("orders", StringComparison.Ordinal)) acknowledgedOrders[key] = json.GetProperty("trade").GetProperty("tradeId").GetString()!;
                        else if (path == SwapPath) acknowledgedSwaps[key] = json.GetProperty("tradeId").GetString()!;
                        else acknowledgedTickets[key] = json.GetProperty("ticketId").GetString()!;
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                    {
                        return;   // the host is gone: what was not acknowledged is retried after the restart
                    }
                }
            }, Ct)));
            while (acknowledgedOrders.Count < Orders / 3 && !sending.IsCompleted) await Task.Delay(5, Ct);
            first.Kill();
            await sending;
        }
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{acknowledgedOrders.Count} orders, {acknowledgedTickets.Count} tickets and {acknowledgedSwaps.Count} swaps acknowledged before the kill");
        Assert.InRange(acknowledgedOrders.Count, Orders / 3, Orders - 1);   // the kill came in the middle

        await using var second = HostProcess.Start(database, "--Platform:Demo:Enabled=true");
        await second.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
        var again = await SignInAsync(second, "trader1");
        var trades = await AllTradesAsync(again);
        foreach (var (key, tradeId) in acknowledgedOrders) Assert.True(trades.ContainsKey(tradeId), $"acknowledged order {key} ({tradeId}) is lost");
        foreach (var (key, swapId) in acknowledgedSwaps)
            Assert.True((await again.GetAsync($"/api/v1/trading/derivatives/{swapId}", Ct)).IsSuccessStatusCode, $"acknowledged swap {key} ({swapId}) is lost");
        foreach (var (key, ticketId) in acknowledgedTickets)
        {
            var ticket = await WorkflowApi.PollAsync(again, $"/api/v1/trading/tickets/{ticketId}", t => t.GetProperty("workflowInstanceId").ValueKind == JsonValueKind.String);
            Assert.True(ticket.GetProperty("workflowInstanceId").ValueKind == JsonValueKind.String, $"ticket {ticketId} ({key}) has no approval process");
        }

        // every request sent again: the acknowledged ones answer as before, the rest are booked now, none twice
        foreach (var (key, path, body) in requests)
        {
            var response = await TradingApi.PostAsync(again, path, body, key);
            if (response.StatusCode != HttpStatusCode.Created)
                Assert.Fail($"{key} sent again: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}\n{ErrorsOf(second.Output)}");
            var json = await TradingApi.CreatedAsync(response);
            if (acknowledgedOrders.TryGetValue(key, out var tradeId)) Assert.Equal(tradeId, json.GetProperty("trade").GetProperty("tradeId").GetString());
            if (acknowledgedTickets.TryGetValue(key, out var ticketId)) Assert.Equal(ticketId, json.GetProperty("ticketId").GetString());
            if (acknowledgedSwaps.TryGetValue(key, out var swapId)) Assert.Equal(swapId, json.GetProperty("tradeId").GetString());
        }
        var swaps = 0L;
        foreach (var book in Books)
            swaps += (await again.GetFromJsonAsync<JsonElement>($"/api/v1/trading/derivatives?book={book}&pageSize=100", Ct)).GetProperty("total").GetInt64();
        Assert.Equal(Swaps, swaps);
        trades = await AllTradesAsync(again);
        Assert.Equal(Orders, trades.Count);
        foreach (var book in Books)
        {
            var positions = await again.GetFromJsonAsync<JsonElement>($"/api/v1/trading/positions?book={book}", Ct);
            var expected = trades.Values.Where(t => t.Book == book).GroupBy(t => t.Bond).ToDictionary(g => g.Key, g => g.Sum(t => t.SignedFace));
            var actual = positions.EnumerateArray().ToDictionary(p => p.GetProperty("bondId").GetString()!, p => p.GetProperty("faceWan").GetDecimal());
            Assert.Equal(expected.Where(e => e.Value != 0).OrderBy(e => e.Key), actual.Where(a => a.Value != 0).OrderBy(a => a.Key));
        }
        var mine = await again.GetFromJsonAsync<JsonElement>("/api/v1/trading/tickets?mine=true&pageSize=100", Ct);
        Assert.Equal(Tickets, mine.GetProperty("total").GetInt64());
    }

    /// Buys and sells across three books and six bonds (sales only of what earlier buys in the same stream hold), a few
    /// tickets and a few swaps.
    private static async Task<List<(string Key, string Path, object Body)>> RequestsAsync(HttpClient trader)
    {
        var bonds = new[] { await TradingApi.BondAsync(trader, "PolicyBank"), await TradingApi.BondAsync(trader, "Treasury"), await TradingApi.BondAsync(trader, "Ncd"),
            await TradingApi.BondAsync(trader, "Mtn") };
        var list = new List<(string, string, object)>();
        for (var i = 0; i < Orders; i++)
        {
            var book = Books[i % Books.Length];
            var (bond, clean, min) = book == "CREDIT-TRD" ? bonds[3] : bonds[i % 3];
            var direction = i % 4 == 3 && book != "CREDIT-TRD" ? "Sell" : "Buy";   // RATES-TRD and NCD-MM may go short
            list.Add(($"kill-order-{i}", "/api/v1/trading/orders", TradingApi.Order(bond, clean, min * (1 + i % 5), direction, book)));
        }
        for (var i = 0; i < Tickets; i++)
            list.Insert(i * (Orders / Tickets), ($"kill-ticket-{i}", "/api/v1/trading/tickets", TradingApi.Ticket(bonds[0].BondId, bonds[0].CleanPrice, 10m * (i + 1))));
        var tradeDate = TradingApi.OrderDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < Swaps; i++)
            list.Insert(i * (Orders / Swaps) + 1, ($"kill-swap-{i}", SwapPath, new
            {
                convention = i % 2 == 0 ? "FR007" : "SHIBOR-3M", direction = i % 3 == 0 ? "Receiver" : "Payer", notionalWan = 1_000m * (i + 1), fixedRatePct = 1.8m + i / 100m,
                tenor = $"{1 + i % 5}Y", counterpartyId = "ICBC", bookId = Books[i % 2], tradeDate,
            }));
        return list;
    }

    /// The host's error lines with what follows them, for a failure message.
    private static string ErrorsOf(string output)
    {
        var at = output.IndexOf(" ERR] ", StringComparison.Ordinal);
        return at < 0 ? "(no error logged)" : output.Substring(at, Math.Min(3000, output.Length - at));
    }

    private sealed record Trade(string Book, string Bond, decimal SignedFace);

    private static async Task<Dictionary<string, Trade>> AllTradesAsync(HttpClient client)
    {
        var all = new Dictionary<string, Trade>();
        foreach (var book in Books)
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/trading/trades?book={book}&pageSize=500", Ct);
            foreach (var t in page.GetProperty("items").EnumerateArray())
            {
                var face = t.GetProperty("faceWan").GetDecimal();
                Assert.True(all.TryAdd(t.GetProperty("tradeId").GetString()!, new Trade(book, t.GetProperty("bondId").GetString()!,
                    t.GetProperty("direction").GetString() == "Sell" ? -face : face)));
            }
        }
        return all;
    }

    private static async Task<HttpClient> SignInAsync(HostProcess host, string user)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(host.BaseAddress), Timeout = TimeSpan.FromSeconds(60),
        };
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { userName = user, password = PlatformFactory.DemoPassword }, Ct);
        response.EnsureSuccessStatusCode();
        return http;
    }
}
