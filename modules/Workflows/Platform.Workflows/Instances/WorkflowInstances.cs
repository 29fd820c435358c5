using System.Text.Json;
using Akka.Actor;
using Akka.Hosting;
using Microsoft.Extensions.Options;
using Platform.BuildingBlocks.Audit;
using Platform.BuildingBlocks.Paging;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;
using Platform.Workflows.Actors;
using Platform.Workflows.Contracts;
using Platform.Workflows.Definitions;
using Platform.Workflows.Runtime;

namespace Platform.Workflows.Instances;

/// The facade over the instance actors: checks the request, sends the command to the instance through the shard
/// region, and turns a refusal into the exception the host maps to its status (404, 403, 400, 409).
internal sealed class WorkflowInstances(
    IRequiredActor<WorkflowInstanceRegion> region, DefinitionCache definitions, InstanceReadStore reads, IAuditWriter audit, IOptions<WorkflowOptions> options)
    : IWorkflowInstances
{
    private const int MaxText = 2000;

    /// The platform's administrator role (Administration's PlatformRoles.Admin), who may cancel any instance.
    public const string AdministratorRole = "Admin";

    public async Task<InstanceView> StartAsync(StartInstanceRequest request, WorkflowActor actor, string? idempotencyKey, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.DefinitionKey)) errors["definitionKey"] = [Text("须填写流程 key", "definitionKey is required")];
        if (request.BusinessKey is { Length: > 200 }) errors["businessKey"] = [Text("业务键最多 200 个字符", "businessKey must be at most 200 characters")];
        if (request.Version is < 1) errors["version"] = [Text("版本须大于等于 1", "version must be 1 or more")];
        if (idempotencyKey is { Length: 0 or > 200 }) errors["Idempotency-Key"] = [Text("幂等键须为 1 到 200 个字符", "the idempotency key must be 1 to 200 characters")];
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        var variables = RequestVariables.Check(request.Variables);
        var (version, _) = request.Version is { } v ? (v, await definitions.GetAsync(request.DefinitionKey, v)) : await definitions.LatestAsync(request.DefinitionKey, ct);
        var id = idempotencyKey is null ? InstanceIds.New() : InstanceIds.For(actor.UserId, idempotencyKey);
        return await AskAsync(new StartInstanceCommand(id, request.DefinitionKey, version, request.BusinessKey, actor.UserId, variables), ct);
    }

    public Task<InstanceView> GetAsync(string instanceId, CancellationToken ct) =>
        InstanceIds.IsInstanceId(instanceId) ? AskAsync(new GetInstanceQuery(instanceId), ct)
            : throw new NotFoundException(Text($"没有流程实例 {instanceId}", $"there is no process instance {instanceId}"));

    public Task<PagedResult<InstanceSummary>> ListAsync(InstanceQuery query, PageRequest page, CancellationToken ct) =>
        query.Status is null or "running" or "completed" or "cancelled"
            ? reads.InstancesAsync(query, page, ct)
            : throw new ValidationFailedException("status", Text("状态须为 running、completed 或 cancelled", "status must be running, completed or cancelled"));

    public Task<InstanceView> CompleteTaskAsync(string taskId, CompleteTaskRequest request, WorkflowActor actor, CancellationToken ct)
    {
        var outcome = Outcome(request.Outcome);
        CheckComment(request.Comment);
        var variables = RequestVariables.Check(request.Variables);
        return AskAsync(new CompleteTaskCommand(InstanceIds.OfTask(taskId), taskId, actor.UserId, actor.Roles, outcome, request.Comment,
            request.SendBackTo, variables), ct);
    }

    public Task<InstanceView> ClaimTaskAsync(string taskId, WorkflowActor actor, CancellationToken ct) => Assign(taskId, AssignmentAction.Claim, null, null, actor, ct);

    public Task<InstanceView> UnclaimTaskAsync(string taskId, WorkflowActor actor, CancellationToken ct) => Assign(taskId, AssignmentAction.Unclaim, null, null, actor, ct);

    public Task<InstanceView> DelegateTaskAsync(string taskId, string toUser, string? comment, WorkflowActor actor, CancellationToken ct) =>
        Assign(taskId, AssignmentAction.Delegate, toUser, comment, actor, ct);

    public Task<InstanceView> ReassignTaskAsync(string taskId, string toUser, string? comment, WorkflowActor actor, CancellationToken ct) =>
        Assign(taskId, AssignmentAction.Reassign, toUser, comment, actor, ct);

    public Task<InstanceView> AddSignerAsync(string taskId, string signer, string? comment, WorkflowActor actor, CancellationToken ct) =>
        Assign(taskId, AssignmentAction.AddSigner, signer, comment, actor, ct);

    public async Task<MessageDelivery> CorrelateMessageAsync(CorrelateMessageRequest request, WorkflowActor actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200)
            throw new ValidationFailedException("name", Text("须填写消息名称（最多 200 个字符）", "name is required (at most 200 characters)"));
        var variables = RequestVariables.Check(request.Variables);
        var reached = new List<string>();
        foreach (var instanceId in await reads.WaitingForAsync(request.Name, request.CorrelationKey, ct))
        {
            if (await TryAskAsync(new CorrelateMessageCommand(instanceId, request.Name, request.CorrelationKey, variables), ct) is not null)
                reached.Add(instanceId);
        }
        return reached.Count > 0 ? new MessageDelivery(request.Name, request.CorrelationKey, reached)
            : throw new NotFoundException(Text($"没有流程实例在等待消息 '{request.Name}'（关联键 '{request.CorrelationKey}'）",
                $"no process instance waits for message '{request.Name}' with correlation key '{request.CorrelationKey}'"));
    }

    public Task<InstanceView> CancelAsync(string instanceId, string? reason, WorkflowActor actor, CancellationToken ct)
    {
        CheckComment(reason, "reason");
        return InstanceIds.IsInstanceId(instanceId) ? AskAsync(new CancelInstanceCommand(instanceId, actor.UserId, reason, actor.Roles.Contains(AdministratorRole)), ct)
            : throw new NotFoundException(Text($"没有流程实例 {instanceId}", $"there is no process instance {instanceId}"));
    }

    public async Task<InstanceView> MigrateAsync(string instanceId, MigrateInstanceRequest request, WorkflowActor actor, CancellationToken ct)
    {
        if (!InstanceIds.IsInstanceId(instanceId)) throw new NotFoundException(Text($"没有流程实例 {instanceId}", $"there is no process instance {instanceId}"));
        if (request.ToVersion < 1) throw new ValidationFailedException("toVersion", Text("目标版本须大于等于 1", "toVersion must be 1 or more"));
        var mapping = request.Mapping ?? new Dictionary<string, string>();
        var before = await AskAsync(new GetInstanceQuery(instanceId), ct);
        var after = await AskAsync(new MigrateInstanceCommand(instanceId, request.ToVersion, mapping, actor.UserId, request.DryRun), ct);
        if (!request.DryRun)
        {
            await audit.AppendAsync(new AuditRecord(actor.UserId, "workflow.instance.migrate", $"workflow-instance:{instanceId}", "migrated",
                Detail: $"{before.DefinitionKey} v{before.DefinitionVersion} → v{after.DefinitionVersion}; mapping "
                        + string.Join(", ", mapping.Select(m => $"{m.Key}→{m.Value}"))), ct);
        }
        return after;
    }

    public Task<InstanceView> RetryIncidentAsync(string instanceId, string callId, WorkflowActor actor, CancellationToken ct) =>
        AskAsync(new ResolveIncidentCommand(instanceId, callId, Skip: false, actor.UserId, null), ct);

    public Task<InstanceView> SkipIncidentAsync(string instanceId, string callId, string? comment, WorkflowActor actor, CancellationToken ct)
    {
        CheckComment(comment);
        return AskAsync(new ResolveIncidentCommand(instanceId, callId, Skip: true, actor.UserId, comment), ct);
    }

    private Task<InstanceView> Assign(string taskId, AssignmentAction action, string? target, string? comment, WorkflowActor actor, CancellationToken ct)
    {
        CheckComment(comment);
        return AskAsync(new AssignTaskCommand(InstanceIds.OfTask(taskId), taskId, action, actor.UserId, actor.Roles, target, comment), ct);
    }

    private async Task<InstanceView> AskAsync(InstanceCommand command, CancellationToken ct)
    {
        var shards = await region.GetAsync(ct);
        return await shards.Ask<object>(command, options.Value.AskTimeout, ct) switch
        {
            InstanceView view => view,
            InstanceRefused refused => throw Refusal(refused),
            var other => throw new InvalidOperationException($"instance {command.InstanceId} answered {other.GetType().Name}"),
        };
    }

    private async Task<InstanceView?> TryAskAsync(InstanceCommand command, CancellationToken ct)
    {
        var shards = await region.GetAsync(ct);
        return await shards.Ask<object>(command, options.Value.AskTimeout, ct) as InstanceView;
    }

    private static Exception Refusal(InstanceRefused r) => r.Kind switch
    {
        RejectionKind.NotFound => new NotFoundException(r.Reason),
        RejectionKind.Forbidden => new ForbiddenException(r.Reason),
        RejectionKind.Invalid => new ValidationFailedException(r.Field, r.Reason),
        _ => new ConflictException(r.Reason),
    };

    private static TaskOutcome Outcome(string? outcome) => outcome?.Trim().ToLowerInvariant() switch
    {
        "approve" => TaskOutcome.Approve,
        "reject" => TaskOutcome.Reject,
        "sendback" => TaskOutcome.SendBack,
        _ => throw new ValidationFailedException("outcome", Text("结果须为 approve、reject 或 sendBack（转办与加签另有接口）",
            "outcome must be approve, reject or sendBack (reassign and add signer have their own calls)")),
    };

    private static void CheckComment(string? comment, string field = "comment")
    {
        if (comment is { Length: > MaxText })
            throw new ValidationFailedException(field, Text($"最多 {MaxText} 个字符", $"at most {MaxText} characters"));
    }

    private static string Text(string zh, string en) => new LocalizedText(zh, en).Current;
}
