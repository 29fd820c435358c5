using Dapper;
using Platform.BuildingBlocks.Audit;
using Platform.BuildingBlocks.Persistence;
using Platform.Testing;
using Xunit;

namespace Platform.BuildingBlocks.IntegrationTests;

public sealed class AuditTrailTests
{
    private static AuditRecord Record(int i) => new($"user{i % 3}", "test.action", $"thing:{i}", "ok", AuditDigest.Of(new { i }), AuditDigest.Of(new { i = i + 1 }), $"detail {i}; DROP TABLE x;--");

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task Appended_entries_form_a_valid_chain(DatabaseKind kind)
    {
        await using var infra = await Infrastructure.StartAsync(kind);
        var writer = infra.Get<IAuditWriter>();
        for (var i = 0; i < 25; i++)
        {
            var entry = await writer.AppendAsync(Record(i), TestContext.Current.CancellationToken);
            Assert.Equal(i + 1, entry.Seq);
        }

        var report = await infra.Get<AuditChainVerifier>().VerifyAsync(TestContext.Current.CancellationToken);

        Assert.True(report.IsValid, report.Reason);
        Assert.Equal(25, report.ValidEntries);
    }

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task Editing_a_row_in_the_database_breaks_verification_at_that_entry(DatabaseKind kind)
    {
        await using var infra = await Infrastructure.StartAsync(kind);
        var writer = infra.Get<IAuditWriter>();
        for (var i = 0; i < 10; i++) await writer.AppendAsync(Record(i), TestContext.Current.CancellationToken);
        await using (var conn = await infra.Database.Connections.OpenAsync(TestContext.Current.CancellationToken))
            await conn.ExecuteAsync("UPDATE platform_audit SET actor = 'someone-else' WHERE seq = 7");

        var report = await infra.Get<AuditChainVerifier>().VerifyAsync(TestContext.Current.CancellationToken);

        Assert.False(report.IsValid);
        Assert.Equal(7, report.FirstBrokenSeq);
        Assert.Equal(6, report.ValidEntries);
    }

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task Deleting_the_last_entry_is_detected_by_the_head(DatabaseKind kind)
    {
        await using var infra = await Infrastructure.StartAsync(kind);
        var writer = infra.Get<IAuditWriter>();
        for (var i = 0; i < 5; i++) await writer.AppendAsync(Record(i), TestContext.Current.CancellationToken);
        await using (var conn = await infra.Database.Connections.OpenAsync(TestContext.Current.CancellationToken))
            await conn.ExecuteAsync("DELETE FROM platform_audit WHERE seq = 5");

        var report = await infra.Get<AuditChainVerifier>().VerifyAsync(TestContext.Current.CancellationToken);

        Assert.False(report.IsValid);
        Assert.Equal(5, report.FirstBrokenSeq);
    }

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task Concurrent_appenders_never_fork_the_chain(DatabaseKind kind)
    {
        await using var infra = await Infrastructure.StartAsync(kind);
        // Two writers with separate gates behave like two cluster nodes on one database.
        var writers = new[] { new SqlAuditWriter(infra.Database.Connections, infra.Clock), new SqlAuditWriter(infra.Database.Connections, infra.Clock) };

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => writers[i % 2].AppendAsync(Record(i), TestContext.Current.CancellationToken))));

        var report = await infra.Get<AuditChainVerifier>().VerifyAsync(TestContext.Current.CancellationToken);
        Assert.True(report.IsValid, report.Reason);
        Assert.Equal(40, report.ValidEntries);
    }

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task An_append_rolled_back_with_its_transaction_leaves_the_chain_valid(DatabaseKind kind)
    {
        await using var infra = await Infrastructure.StartAsync(kind);
        var writer = infra.Get<IAuditWriter>();
        await writer.AppendAsync(Record(1), TestContext.Current.CancellationToken);
        await using (var conn = await infra.Database.Connections.OpenAsync(TestContext.Current.CancellationToken))
        await using (var tx = await conn.BeginTransactionAsync(TestContext.Current.CancellationToken))
        {
            await writer.AppendAsync(Record(2), conn, tx, TestContext.Current.CancellationToken);
            await tx.RollbackAsync(TestContext.Current.CancellationToken);   // what a crash before commit amounts to
        }
        await writer.AppendAsync(Record(3), TestContext.Current.CancellationToken);

        var report = await infra.Get<AuditChainVerifier>().VerifyAsync(TestContext.Current.CancellationToken);
        Assert.True(report.IsValid, report.Reason);
        Assert.Equal(2, report.ValidEntries);
    }

    [Fact]
    public void Hash_depends_on_every_field_and_on_field_boundaries()
    {
        var a = AuditHash.Compute(AuditHash.Genesis, 1, 1000, new AuditRecord("ab", "c", "t", "ok"));
        Assert.NotEqual(a, AuditHash.Compute(AuditHash.Genesis, 1, 1000, new AuditRecord("a", "bc", "t", "ok")));
        Assert.NotEqual(a, AuditHash.Compute(AuditHash.Genesis, 2, 1000, new AuditRecord("ab", "c", "t", "ok")));
        Assert.NotEqual(a, AuditHash.Compute(AuditHash.Genesis, 1, 1001, new AuditRecord("ab", "c", "t", "ok")));
        Assert.NotEqual(a, AuditHash.Compute(AuditHash.Genesis, 1, 1000, new AuditRecord("ab", "c", "t", "ok", Detail: "")));
        Assert.Equal(a, AuditHash.Compute(AuditHash.Genesis, 1, 1000, new AuditRecord("ab", "c", "t", "ok")));
    }
}
