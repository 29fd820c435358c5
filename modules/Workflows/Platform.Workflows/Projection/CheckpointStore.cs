using Dapper;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Workflows.Projection;

/// The reconciler's checkpoint, and the journal sequence numbers the read model reflects.
internal sealed class CheckpointStore(ISqlConnectionFactory connections)
{
    private const string Name = "workflow-instances";
    private readonly string _save = connections.Dialect.Upsert("workflow_projection_checkpoints", ["name"], ["journal_offset"]);

    public async Task<long> LoadAsync(CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        return await conn.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT journal_offset FROM workflow_projection_checkpoints WHERE name = @Name", new { Name }, cancellationToken: ct)) ?? 0;
    }

    public async Task SaveAsync(long offset, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition(_save, new { name = Name, journal_offset = offset }, cancellationToken: ct));
    }

    /// The projected journal sequence number of each of these instances that has a row.
    public async Task<IReadOnlyDictionary<string, long>> ProjectedAsync(IReadOnlyList<string> instanceIds, CancellationToken ct)
    {
        var projected = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var conn = await connections.OpenAsync(ct);
        foreach (var chunk in instanceIds.Chunk(500))
        {
            var args = new DynamicParameters();
            for (var i = 0; i < chunk.Length; i++) args.Add("I" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), chunk[i]);
            var names = string.Join(", ", chunk.Select((_, i) => "@I" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            foreach (var (id, seq) in await conn.QueryAsync<(string, long)>(new CommandDefinition(
                         $"SELECT instance_id, journal_seq FROM workflow_instances WHERE instance_id IN ({names})", args, cancellationToken: ct)))
                projected[id] = seq;
        }
        return projected;
    }
}
