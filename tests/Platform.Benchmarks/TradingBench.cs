extern alias host;
using Akka.Actor;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Paging;
using Platform.Trading.Actors;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Contracts.Tickets;
using Platform.Trading.Domain.Books;

namespace Platform.Benchmarks;

/// The real host on SQLite with the demo books, and helpers to send many orders to the book entities, or through the
/// desk's facade, with a fixed number in flight.
internal sealed class TradingBench : IDisposable
{
    private static readonly string[] Books = ["RATES-TRD", "RATES-INV", "RATES-HTM", "NCD-MM", "CREDIT-TRD", "CREDIT-INV"];
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("platform-bench-trading-").FullName;
    private readonly IActorRef _region;
    private long _counter;

    public TradingBench()
    {
        Host = new LoopbackPlatformHost(_dataDirectory);
        Address = Host.Start();
        Desk = Host.Services.GetRequiredService<ITradingDesk>();
        _region = Host.Services.GetRequiredService<IRequiredActor<BookRegion>>().GetAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    public LoopbackPlatformHost Host { get; }
    public Uri Address { get; }
    public ITradingDesk Desk { get; }

    /// Sends <paramref name="count"/> buy orders straight to the six books' entities, <paramref name="inFlight"/> at a
    /// time; each is answered once journaled and projected.
    public Task PlaceOnBooksAsync(int count, int inFlight) =>
        Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = inFlight }, async (i, ct) =>
        {
            var n = Interlocked.Increment(ref _counter);
            var book = Books[n % Books.Length];
            var request = new TicketRequest($"BOND{n % 50}", TradeDirections.Buy, TradingMethods.Rfq, PriceKinds.CleanPrice, 100m, 10m, SettlementSpeeds.T1,
                SettlementMethods.Dvp, "ICBC", book, new DateOnly(2026, 11, 26));
            var trade = new TradeDocument("trader1", request, Economics, null, null, []);
            var answer = await _region.Ask<object>(new BookEnvelope(book, new PlaceOrder(trade, false, $"bench-{n}", "h", DateTimeOffset.UtcNow)), TimeSpan.FromSeconds(60), ct);
            if (answer is not BookAccepted) throw new InvalidOperationException($"book {book} answered {answer}");
        });

    /// Sends <paramref name="count"/> buy orders through the desk (validation, pricing, every pre-trade check, the book),
    /// as the API does after HTTP, <paramref name="inFlight"/> at a time; demo bonds at their latest valuation, so that
    /// every check passes.
    public async Task PlaceThroughDeskAsync(int count, int inFlight)
    {
        var orders = await DeskOrders();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = inFlight }, async (i, ct) =>
        {
            var n = Interlocked.Increment(ref _counter);
            var (bond, price, date) = orders[(int)(n % orders.Count)];
            var request = new OrderRequest(bond, TradeDirections.Buy, TradingMethods.Rfq, PriceKinds.CleanPrice, price, 10m, SettlementSpeeds.T1,
                SettlementMethods.Dvp, Counterparties[n % Counterparties.Length], Books[n % Books.Length], date);
            await Desk.PlaceOrderAsync(request, "trader1", $"bench-desk-{n}", ct);
        });
    }

    private static readonly string[] Counterparties = [
        "ICBC", "ABC", "BOC", "CCB", "BOCOM", "PSBC", "CMB", "CIB", "SPDB", "CITICB", "CMBC", "CEB", "HXB", "PAB", "GDB", "NBCB", "NJCB", "BOB", "BOSH", "JSB",
        "HZB", "SHRCB", "CITICS", "CICC", "HTSC", "GTJA", "CMS", "CSC", "GFS", "SWHY", "EFUND", "CAMC", "BOSERA", "GFFUND", "HFT", "PENGHUA", "CHINALIFE",
        "PINGAN", "CPIC", "TAIKANG",
    ];
    private List<(string Bond, decimal Price, DateOnly Date)>? _deskOrders;

    /// Fifteen government and policy-bank bonds with their latest clean price and its date (the load test's choice).
    private async Task<List<(string Bond, decimal Price, DateOnly Date)>> DeskOrders()
    {
        if (_deskOrders is not null) return _deskOrders;
        var reference = Host.Services.GetRequiredService<IReferenceData>();
        var orders = new List<(string, decimal, DateOnly)>();
        foreach (var type in new[] { BondTypes.Treasury, BondTypes.PolicyBank, BondTypes.LocalGovernment })
            foreach (var bond in (await reference.ListBondsAsync(new BondQuery(type), PageRequest.Of(1, 10), CancellationToken.None)).Items.TakeLast(5))
            {
                var valuation = await reference.ValuationOnOrBeforeAsync(bond.BondId, DateOnly.FromDateTime(DateTime.Today), CancellationToken.None)
                    ?? throw new InvalidOperationException($"no valuation of {bond.BondId}");
                orders.Add((bond.BondId, Math.Round((decimal)valuation.CleanPrice, 4), valuation.Date));
            }
        return _deskOrders = orders;
    }

    private static readonly TicketEconomics Economics = new(new(2026, 11, 26), new(2026, 11, 27), 100, 101, 1, 0.02, null, 101_000m, 1_000m, 80m,
        null, null, null, null, null);

    public void Dispose()
    {
        Host.Dispose();
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (IOException) { /* a temp folder left behind is harmless */ }
    }
}
