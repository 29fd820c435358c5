using System.Data.Common;
using Dapper;
using Platform.BuildingBlocks.Persistence;
using Platform.Workflows.Runtime;

namespace Platform.Workflows.Projection;

/// Writes instance projections, many per transaction. Each instance's rows are replaced whole.
internal sealed class ProjectionStore(ISqlConnectionFactory connections)
{
    private readonly string _upsertInstance = connections.Dialect.Upsert("workflow_instances", ["instance_id"],
        ["definition_key", "definition_version", "business_key", "initiator", "status", "started_at_ms", "updated_at_ms",
         "open_tasks", "has_incident", "next_wake_at_ms", "journal_seq"]);

    public async Task WriteAsync(IReadOnlyCollection<InstanceProjection> batch, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        foreach (var p in batch) await WriteOneAsync(conn, tx, p, ct);
        await tx.CommitAsync(ct);
    }

    private async Task WriteOneAsync(DbConnection conn, DbTransaction tx, InstanceProjection p, CancellationToken ct)
    {
        await conn.ExecuteAsync(new CommandDefinition(_upsertInstance, new
        {
            instance_id = p.InstanceId, definition_key = p.DefinitionKey, definition_version = p.DefinitionVersion,
            business_key = p.BusinessKey, initiator = p.Initiator, status = p.Status, started_at_ms = p.StartedAtMs,
            updated_at_ms = p.UpdatedAtMs, open_tasks = p.Tasks.Count(t => t.CoSignOf is null), has_incident = p.HasIncident ? 1 : 0,
            next_wake_at_ms = p.NextWakeAtMs, journal_seq = p.JournalSeq,
        }, tx, cancellationToken: ct));
        var id = new { InstanceId = p.InstanceId };
        await conn.ExecuteAsync(new CommandDefinition("DELETE FROM workflow_task_audience WHERE instance_id = @InstanceId", id, tx, cancellationToken: ct));
        await conn.ExecuteAsync(new CommandDefinition("DELETE FROM workflow_tasks WHERE instance_id = @InstanceId", id, tx, cancellationToken: ct));
        await conn.ExecuteAsync(new CommandDefinition("DELETE FROM workflow_message_waits WHERE instance_id = @InstanceId", id, tx, cancellationToken: ct));
        if (p.Tasks.Count > 0)
        {
            await conn.ExecuteAsync(new CommandDefinition("""
                INSERT INTO workflow_tasks (task_id, instance_id, element_id, name, definition_key, business_key, initiator, assignee,
                    candidate_roles, candidate_users, created_at_ms, due_at_ms)
                VALUES (@TaskId, @InstanceId, @ElementId, @Name, @DefinitionKey, @BusinessKey, @Initiator, @Assignee,
                    @CandidateRoles, @CandidateUsers, @CreatedAtMs, @DueAtMs)
                """, p.Tasks.Select(t => new
            {
                t.TaskId, p.InstanceId, t.ElementId, t.Name, p.DefinitionKey, p.BusinessKey, p.Initiator, t.Assignee,
                CandidateRoles = string.Join(',', t.CandidateRoles), CandidateUsers = string.Join(',', t.CandidateUsers),
                CreatedAtMs = t.CreatedAt.ToUnixTimeMilliseconds(), DueAtMs = t.DueAt?.ToUnixTimeMilliseconds(),
            }), tx, cancellationToken: ct));
            await conn.ExecuteAsync(new CommandDefinition("""
                INSERT INTO workflow_task_audience (audience, created_at_ms, task_id, instance_id, fanout, definition_key, due_at_ms)
                VALUES (@Audience, @CreatedAtMs, @TaskId, @InstanceId, @Fanout, @DefinitionKey, @DueAtMs)
                """, p.Tasks.SelectMany(t =>
            {
                var audience = TaskAudience.Of(t).ToList();
                return audience.Select(a => new
                {
                    Audience = a, CreatedAtMs = t.CreatedAt.ToUnixTimeMilliseconds(), t.TaskId, p.InstanceId, Fanout = audience.Count,
                    p.DefinitionKey, DueAtMs = t.DueAt?.ToUnixTimeMilliseconds(),
                });
            }), tx, cancellationToken: ct));
        }
        if (p.Waits.Count > 0)
        {
            await conn.ExecuteAsync(new CommandDefinition("""
                INSERT INTO workflow_message_waits (instance_id, wait_id, message_name, correlation_key) VALUES (@InstanceId, @WaitId, @MessageName, @CorrelationKey)
                """, p.Waits.Select(w => new { p.InstanceId, w.WaitId, w.MessageName, w.CorrelationKey }), tx, cancellationToken: ct));
        }
    }
}
