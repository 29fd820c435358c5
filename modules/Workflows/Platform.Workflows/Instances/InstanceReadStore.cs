using Dapper;
using Platform.BuildingBlocks.Paging;
using Platform.BuildingBlocks.Persistence;
using Platform.Workflows.Contracts;
using Platform.Workflows.Projection;

namespace Platform.Workflows.Instances;

/// Queries over the projected read model: the inbox, the instance list, message waits and due wakes.
internal sealed class InstanceReadStore(ISqlConnectionFactory connections)
{
    private const string TaskColumns = """
        t.task_id AS TaskId, t.instance_id AS InstanceId, t.element_id AS ElementId, t.name AS Name, t.definition_key AS DefinitionKey,
        t.business_key AS BusinessKey, t.initiator AS Initiator, t.assignee AS Assignee, t.candidate_roles AS CandidateRoles,
        t.candidate_users AS CandidateUsers, t.created_at_ms AS CreatedAtMs, t.due_at_ms AS DueAtMs
        """;

    public async Task<PagedResult<InboxTask>> InboxAsync(InboxQuery query, WorkflowActor actor, long nowMs, PageRequest page, CancellationToken ct)
    {
        var where = new List<string>();
        var audiences = actor.Roles.Select(TaskAudience.Role).Prepend(TaskAudience.User(actor.UserId)).ToArray();
        // numbered parameters, not Dapper's list expansion: on PostgreSQL Dapper would send the list as one array
        var audienceParameters = string.Join(", ", audiences.Select((_, i) => "@A" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (query.Scope == InboxScope.Mine)
            where.Add($"t.task_id IN (SELECT a.task_id FROM workflow_task_audience a WHERE a.audience IN ({audienceParameters}))");
        else if (query.Scope == InboxScope.AssignedToMe)
            where.Add("t.assignee = @User");
        if (query.DefinitionKey is not null) where.Add("t.definition_key = @DefinitionKey");
        if (query.OverdueOnly) where.Add("t.due_at_ms < @Now");
        if (query.Search is not null) where.Add("(t.name LIKE @Search ESCAPE '\\' OR t.business_key LIKE @Search ESCAPE '\\')");
        var filter = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        var args = new DynamicParameters(new
        {
            User = actor.UserId, query.DefinitionKey, Now = nowMs,
            Search = query.Search is null ? null : "%" + query.Search.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%",
            Skip = page.Offset, Take = page.PageSize,
        });
        for (var i = 0; i < audiences.Length; i++) args.Add("A" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), audiences[i]);
        await using var conn = await connections.OpenAsync(ct);
        var total = await conn.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) FROM workflow_tasks t {filter}", args, cancellationToken: ct));
        var rows = await conn.QueryAsync<TaskRow>(new CommandDefinition(
            connections.Dialect.Page($"SELECT {TaskColumns} FROM workflow_tasks t {filter} ORDER BY t.created_at_ms DESC, t.task_id DESC"),
            args, cancellationToken: ct));
        return new PagedResult<InboxTask>(rows.Select(r => r.ToInboxTask()).ToList(), total, page.Page, page.PageSize);
    }

    public async Task<PagedResult<InstanceSummary>> InstancesAsync(InstanceQuery query, PageRequest page, CancellationToken ct)
    {
        var where = new List<string>();
        if (query.DefinitionKey is not null) where.Add("definition_key = @DefinitionKey");
        if (query.Status is not null) where.Add("status = @Status");
        if (query.BusinessKey is not null) where.Add("business_key = @BusinessKey");
        if (query.WithIncident is { } incident) where.Add(incident ? "has_incident = 1" : "has_incident = 0");
        var filter = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        var args = new { query.DefinitionKey, query.Status, query.BusinessKey, Skip = page.Offset, Take = page.PageSize };
        await using var conn = await connections.OpenAsync(ct);
        var total = await conn.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) FROM workflow_instances {filter}", args, cancellationToken: ct));
        var rows = await conn.QueryAsync<InstanceRow>(new CommandDefinition(connections.Dialect.Page($"""
            SELECT instance_id AS InstanceId, definition_key AS DefinitionKey, definition_version AS DefinitionVersion, business_key AS BusinessKey,
                   initiator AS Initiator, status AS Status, started_at_ms AS StartedAtMs, updated_at_ms AS UpdatedAtMs, open_tasks AS OpenTasks,
                   has_incident AS HasIncident
            FROM workflow_instances {filter} ORDER BY started_at_ms DESC, instance_id DESC
            """), args, cancellationToken: ct));
        return new PagedResult<InstanceSummary>(rows.Select(r => r.ToSummary()).ToList(), total, page.Page, page.PageSize);
    }

    public async Task<IReadOnlyList<string>> WaitingForAsync(string name, string? correlationKey, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        var sql = correlationKey is null
            ? "SELECT DISTINCT instance_id FROM workflow_message_waits WHERE message_name = @Name AND correlation_key IS NULL"
            : "SELECT DISTINCT instance_id FROM workflow_message_waits WHERE message_name = @Name AND correlation_key = @Key";
        return (await conn.QueryAsync<string>(new CommandDefinition(sql, new { Name = name, Key = correlationKey }, cancellationToken: ct))).ToList();
    }

    /// Running instances whose next timer or service call is due by <paramref name="untilMs"/>, earliest first.
    public async Task<IReadOnlyList<string>> DueAsync(long untilMs, int limit, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        return (await conn.QueryAsync<string>(new CommandDefinition(connections.Dialect.Page(
            "SELECT instance_id FROM workflow_instances WHERE next_wake_at_ms <= @Until ORDER BY next_wake_at_ms"),
            new { Until = untilMs, Skip = 0, Take = limit }, cancellationToken: ct))).ToList();
    }
}
