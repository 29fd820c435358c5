using System.Globalization;
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
        var args = new DynamicParameters(new
        {
            User = actor.UserId, query.DefinitionKey, Now = nowMs,
            Search = query.Search is null ? null : "%" + query.Search.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%",
            Skip = page.Offset, Take = page.PageSize,
        });
        await using var conn = await connections.OpenAsync(ct);
        var (countSql, pageSql) = query.Scope == InboxScope.Mine ? MineQueries(query, actor, args) : TaskQueries(query);
        var total = await conn.ExecuteScalarAsync<long>(new CommandDefinition(countSql, args, cancellationToken: ct));
        var rows = await conn.QueryAsync<TaskRow>(new CommandDefinition(pageSql, args, cancellationToken: ct));
        return new PagedResult<InboxTask>(rows.Select(r => r.ToInboxTask()).ToList(), total, page.Page, page.PageSize);
    }

    /// "My tasks" from the audience rows alone (index ranges on the audience), joined to the tasks for one page only.
    /// A task seen through several of my audiences (me and my role) is counted and listed once.
    private (string Count, string Page) MineQueries(InboxQuery query, WorkflowActor actor, DynamicParameters args)
    {
        var audiences = actor.Roles.Select(TaskAudience.Role).Prepend(TaskAudience.User(actor.UserId)).Distinct(StringComparer.Ordinal).ToArray();
        // numbered parameters, not Dapper's list expansion: on PostgreSQL Dapper would send the list as one array
        for (var i = 0; i < audiences.Length; i++) args.Add("A" + i.ToString(CultureInfo.InvariantCulture), audiences[i]);
        var filter = "a.audience IN (" + string.Join(", ", audiences.Select((_, i) => "@A" + i.ToString(CultureInfo.InvariantCulture))) + ")";
        if (query.DefinitionKey is not null) filter += " AND a.definition_key = @DefinitionKey";
        if (query.OverdueOnly) filter += " AND a.due_at_ms < @Now";
        if (query.Search is not null)
            filter += " AND a.task_id IN (SELECT s.task_id FROM workflow_tasks s WHERE s.name LIKE @Search ESCAPE '\\' OR s.business_key LIKE @Search ESCAPE '\\')";
        var count = $"""
            SELECT (SELECT COUNT(*) FROM workflow_task_audience a WHERE {filter} AND a.fanout = 1)
                 + (SELECT COUNT(DISTINCT a.task_id) FROM workflow_task_audience a WHERE {filter} AND a.fanout > 1)
            """;
        var ids = connections.Dialect.Page($"SELECT DISTINCT a.task_id, a.created_at_ms FROM workflow_task_audience a WHERE {filter} ORDER BY a.created_at_ms DESC, a.task_id DESC");
        var pageSql = $"SELECT {TaskColumns} FROM ({ids}) p JOIN workflow_tasks t ON t.task_id = p.task_id ORDER BY p.created_at_ms DESC, p.task_id DESC";
        return (count, pageSql);
    }

    /// Tasks assigned to me, or every task, straight from the task table.
    private (string Count, string Page) TaskQueries(InboxQuery query)
    {
        var where = new List<string>();
        if (query.Scope == InboxScope.AssignedToMe) where.Add("t.assignee = @User");
        if (query.DefinitionKey is not null) where.Add("t.definition_key = @DefinitionKey");
        if (query.OverdueOnly) where.Add("t.due_at_ms < @Now");
        if (query.Search is not null) where.Add("(t.name LIKE @Search ESCAPE '\\' OR t.business_key LIKE @Search ESCAPE '\\')");
        var filter = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        return ($"SELECT COUNT(*) FROM workflow_tasks t {filter}",
            connections.Dialect.Page($"SELECT {TaskColumns} FROM workflow_tasks t {filter} ORDER BY t.created_at_ms DESC, t.task_id DESC"));
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
