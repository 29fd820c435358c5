using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.BuildingBlocks.Persistence;
using Platform.Testing;
using Xunit;

namespace Platform.BuildingBlocks.IntegrationTests;

public sealed class MigrationRunnerTests
{
    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task Migrations_apply_once_and_a_second_run_applies_nothing(DatabaseKind kind)
    {
        await using var infra = await Infrastructure.StartAsync(kind);
        var runner = infra.Get<MigrationRunner>();

        var again = await runner.RunAsync(TestContext.Current.CancellationToken);

        Assert.Empty(again);
        await using var conn = await infra.Database.Connections.OpenAsync(TestContext.Current.CancellationToken);
        var recorded = await conn.QueryAsync<int>("SELECT version FROM platform_schema_migrations WHERE module = 'platform' ORDER BY version");
        Assert.Equal([1, 2], recorded);
    }

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task A_migration_changed_after_it_was_applied_stops_the_run_naming_it(DatabaseKind kind)
    {
        await using var infra = await Infrastructure.StartAsync(kind);
        await using (var conn = await infra.Database.Connections.OpenAsync(TestContext.Current.CancellationToken))
            await conn.ExecuteAsync("UPDATE platform_schema_migrations SET checksum = 'edited' WHERE module = 'platform' AND version = 2");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => infra.Get<MigrationRunner>().RunAsync(TestContext.Current.CancellationToken));

        Assert.Contains("V0002__create_audit", error.Message);
        Assert.Contains("'platform'", error.Message);
    }

    [Fact]
    public void Unknown_ddl_placeholder_is_an_error_not_sql()
    {
        var script = new MigrationScript("test", 1, "bad", "CREATE TABLE t (a ${money});");
        var error = Assert.Throws<InvalidOperationException>(() => script.Statements(new Platform.Data.Sqlite.SqliteDialect()).ToList());
        Assert.Contains("${money}", error.Message);
    }

    [Theory]
    [InlineData("create_users.sql")]
    [InlineData("V1_create.sql")]
    [InlineData("V0001__create users.sql")]
    public void Badly_named_migration_is_refused(string fileName) =>
        Assert.Throws<InvalidOperationException>(() => MigrationScript.Parse("test", fileName, "SELECT 1;"));

    [Fact]
    public void Script_splits_into_statements_at_line_ending_semicolons_and_drops_comments()
    {
        var script = MigrationScript.Parse("test", "V0003__two.sql", "-- a comment\nCREATE TABLE a (x ${bigint});\nCREATE TABLE b (y ${string(10)});\n");
        var statements = script.Statements(new Platform.Data.PostgreSql.PostgreSqlDialect()).ToList();
        Assert.Equal(2, statements.Count);
        Assert.EndsWith("CREATE TABLE a (x BIGINT)", statements[0]);
        Assert.Equal("CREATE TABLE b (y VARCHAR(10))", statements[1]);
    }

    [Fact]
    public async Task Migration_runner_reports_an_unreachable_database()
    {
        var factory = new Platform.Data.PostgreSql.PostgreSqlConnectionFactory("Host=127.0.0.1;Port=1;Username=nobody;Timeout=2");
        var runner = new MigrationRunner(factory, [], NullLogger<MigrationRunner>.Instance);
        await Assert.ThrowsAnyAsync<Exception>(() => runner.RunAsync(TestContext.Current.CancellationToken));
    }
}
