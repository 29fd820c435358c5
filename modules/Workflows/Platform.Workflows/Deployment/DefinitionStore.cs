using Platform.Workflows.Contracts;
using System.Data.Common;
using Dapper;
using Platform.BuildingBlocks.Paging;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Workflows.Deployment;

/// SQL for <c>workflow_definitions</c>, written once for every database.
internal sealed class DefinitionStore(ISqlConnectionFactory connections)
{
    private const string Columns = """
        definition_key AS DefinitionKey, definition_version AS DefinitionVersion, name AS Name, sha256 AS Sha256,
        deployed_by AS DeployedBy, deployed_at_ms AS DeployedAtMs
        """;

    /// The row of each key whose version is that key's highest.
    private const string LatestOfEachKey = """
        d.definition_version = (SELECT MAX(m.definition_version) FROM workflow_definitions m WHERE m.definition_key = d.definition_key)
        """;

    public Task<DbConnection> OpenAsync(CancellationToken ct) => connections.OpenAsync(ct);

    public bool IsUniqueViolation(DbException ex) => connections.Dialect.IsUniqueViolation(ex);

    public Task<DefinitionRow?> LatestAsync(DbConnection conn, DbTransaction tx, string key, CancellationToken ct) =>
        conn.QuerySingleOrDefaultAsync<DefinitionRow>(new CommandDefinition(
            connections.Dialect.Page($"SELECT {Columns} FROM workflow_definitions WHERE definition_key = @Key ORDER BY definition_version DESC"),
            new { Key = key, Skip = 0, Take = 1 }, tx, cancellationToken: ct));

    public Task InsertAsync(DbConnection conn, DbTransaction tx, DefinitionRow row, CancellationToken ct) =>
        conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO workflow_definitions (definition_key, definition_version, name, bpmn_xml, sha256, deployed_by, deployed_at_ms)
            VALUES (@DefinitionKey, @DefinitionVersion, @Name, @BpmnXml, @Sha256, @DeployedBy, @DeployedAtMs)
            """, row, tx, cancellationToken: ct));

    public async Task<(IReadOnlyList<DefinitionRow> Items, long Total)> ListLatestAsync(string? prefix, PageRequest page, CancellationToken ct)
    {
        // SUBSTR rather than LIKE: keys are case-sensitive, and SQLite's LIKE is not.
        var filter = prefix is null ? "" : "AND SUBSTR(d.definition_key, 1, @PrefixLength) = @Prefix";
        var args = new { Prefix = prefix, PrefixLength = prefix?.Length ?? 0, Skip = page.Offset, Take = page.PageSize };
        await using var conn = await connections.OpenAsync(ct);
        var total = await conn.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM workflow_definitions d WHERE {LatestOfEachKey} {filter}", args, cancellationToken: ct));
        var items = await conn.QueryAsync<DefinitionRow>(new CommandDefinition(
            connections.Dialect.Page($"SELECT {Columns} FROM workflow_definitions d WHERE {LatestOfEachKey} {filter} ORDER BY d.definition_key"),
            args, cancellationToken: ct));
        return (items.ToList(), total);
    }

    public async Task<(IReadOnlyList<DefinitionRow> Items, long Total)> ListVersionsAsync(string key, PageRequest page, CancellationToken ct)
    {
        var args = new { Key = key, Skip = page.Offset, Take = page.PageSize };
        await using var conn = await connections.OpenAsync(ct);
        var total = await conn.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM workflow_definitions WHERE definition_key = @Key", args, cancellationToken: ct));
        var items = await conn.QueryAsync<DefinitionRow>(new CommandDefinition(
            connections.Dialect.Page($"SELECT {Columns} FROM workflow_definitions WHERE definition_key = @Key ORDER BY definition_version DESC"),
            args, cancellationToken: ct));
        return (items.ToList(), total);
    }

    public async Task<string?> FindXmlAsync(string key, int version, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT bpmn_xml FROM workflow_definitions WHERE definition_key = @Key AND definition_version = @Version",
            new { Key = key, Version = version }, cancellationToken: ct));
    }

    /// The highest deployed version of a key, or null when it was never deployed.
    public async Task<int?> LatestVersionAsync(string key, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        return await conn.ExecuteScalarAsync<int?>(new CommandDefinition(
            "SELECT MAX(definition_version) FROM workflow_definitions WHERE definition_key = @Key", new { Key = key }, cancellationToken: ct));
    }
}
