using Microsoft.Extensions.Logging;
using Platform.BuildingBlocks.Demo;
using Platform.SharedKernel;
using Platform.Trading.Persistence;

namespace Platform.Trading.Demo;

/// Demo reference data, once per database: 54 issuers, 220 bonds, 50 counterparties, the book hierarchy with six
/// books, and 250 business days of valuations up to the last business day before today.
internal sealed class TradingDemoSeeder(ReferenceDataStore store, IClock clock, ILogger<TradingDemoSeeder> logger) : IDemoDataSeeder
{
    public const int ValuationDays = 250;

    public int Order => 200;   // after the demo users and processes

    public async Task SeedAsync(CancellationToken ct)
    {
        await using var conn = await store.OpenAsync(ct);
        if (await store.CountValuationsAsync(conn, ct) > 0) return;   // seeded before, perhaps edited since: keep it
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var today = clock.Today();
        var bonds = DemoBonds.Build(today);
        var dates = DemoValuations.Window(today.AddDays(-1), ValuationDays);
        var valuations = DemoValuations.Build(bonds, dates);
        var generatedMs = watch.ElapsedMilliseconds;
        var now = clock.UtcNow.ToUnixTimeMilliseconds();
        await using var tx = await conn.BeginTransactionAsync(ct);
        foreach (var issuer in DemoIssuers.All) await store.UpsertIssuerAsync(conn, tx, issuer, now, ct);
        foreach (var bond in bonds) await store.UpsertBondAsync(conn, tx, bond, now, ct);
        foreach (var cp in DemoCounterparties.All) await store.UpsertCounterpartyAsync(conn, tx, cp, now, ct);
        foreach (var node in DemoBooks.All)
        {
            await store.UpsertBookNodeAsync(conn, tx, node, now, ct);
            foreach (var trader in node.Traders) await store.SetTraderAuthorityAsync(conn, tx, node.NodeId, trader.UserName, trader.MaxFacePerTicketWan, ct);
        }
        await store.InsertValuationsAsync(conn, tx, valuations, ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Demo reference data: {Bonds} bonds, {Counterparties} counterparties, {Valuations} valuations from {From:yyyy-MM-dd} to {To:yyyy-MM-dd}; generated in {Generated} ms, written in {Written} ms",
            bonds.Count, DemoCounterparties.All.Count, valuations.Count, dates[0], dates[^1], generatedMs, watch.ElapsedMilliseconds - generatedMs);
    }
}
