using Dapper;
using Platform.BuildingBlocks.Persistence;
using Platform.Testing;
using Xunit;

namespace Platform.Data.Tests;

/// The dialect's upsert run on the real databases: insert, then update by key, never a duplicate.
public sealed class UpsertTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task Upsert_inserts_then_updates_the_row_with_the_same_key(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var conn = await db.Connections.OpenAsync(Ct);
        await conn.ExecuteAsync(db.Connections.Dialect.ExpandDdl(
            "CREATE TABLE demo_prices (bond_code VARCHAR(20) NOT NULL, price_date VARCHAR(10) NOT NULL, clean_price ${decimal(18,6)} NOT NULL, PRIMARY KEY (bond_code, price_date))"));
        var upsert = db.Connections.Dialect.Upsert("demo_prices", ["bond_code", "price_date"], ["clean_price"]);

        await conn.ExecuteAsync(upsert, new { bond_code = "240210", price_date = "2026-11-26", clean_price = 101.2345m });
        await conn.ExecuteAsync(upsert, new { bond_code = "240210", price_date = "2026-11-26", clean_price = 101.5m });
        await conn.ExecuteAsync(upsert, new { bond_code = "240210", price_date = "2026-11-27", clean_price = 99.999999m });

        var rows = (await conn.QueryAsync<(string Date, decimal Price)>("SELECT price_date, clean_price FROM demo_prices ORDER BY price_date")).ToList();
        Assert.Equal([("2026-11-26", 101.5m), ("2026-11-27", 99.999999m)], rows);
    }

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task A_duplicate_key_is_recognised_as_a_unique_violation(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var conn = await db.Connections.OpenAsync(Ct);
        await conn.ExecuteAsync("CREATE TABLE demo_keys (k VARCHAR(10) NOT NULL PRIMARY KEY)");
        await conn.ExecuteAsync("INSERT INTO demo_keys (k) VALUES ('a')");

        var error = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => conn.ExecuteAsync("INSERT INTO demo_keys (k) VALUES ('a')"));

        Assert.True(db.Connections.Dialect.IsUniqueViolation(error), error.Message);
    }
}
