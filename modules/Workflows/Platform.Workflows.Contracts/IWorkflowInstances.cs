using Platform.BuildingBlocks.Paging;

namespace Platform.Workflows.Contracts;

/// Running processes: start, act on tasks, correlate messages, cancel, handle incidents. Every call answers with the
/// instance as it is after the call. Refusals change nothing: NotFoundException (no such instance or task),
/// ForbiddenException (not your task, segregation of duties), ValidationFailedException (bad outcome or variables,
/// keyed by field), ConflictException (the instance or task is finished).
public interface IWorkflowInstances
{
    /// Starts an instance as <paramref name="actor"/>. The same <paramref name="idempotencyKey"/> from the same user
    /// returns the instance the first call started instead of starting another.
    Task<InstanceView> StartAsync(StartInstanceRequest request, WorkflowActor actor, string? idempotencyKey, CancellationToken ct);

    Task<InstanceView> GetAsync(string instanceId, CancellationToken ct);

    Task<PagedResult<InstanceSummary>> ListAsync(InstanceQuery query, PageRequest page, CancellationToken ct);

    Task<InstanceView> CompleteTaskAsync(string taskId, CompleteTaskRequest request, WorkflowActor actor, CancellationToken ct);

    /// Takes a candidate task for oneself, so that other candidates no longer see it as theirs.
    Task<InstanceView> ClaimTaskAsync(string taskId, WorkflowActor actor, CancellationToken ct);

    /// Gives a claimed task back to its candidates.
    Task<InstanceView> UnclaimTaskAsync(string taskId, WorkflowActor actor, CancellationToken ct);

    /// Hands the task to another user for now; it stays the delegator's (owner), and comes back when the delegate completes it.
    Task<InstanceView> DelegateTaskAsync(string taskId, string toUser, string? comment, WorkflowActor actor, CancellationToken ct);

    /// Makes another user the assignee for good (outcome reassign must be allowed on the task).
    Task<InstanceView> ReassignTaskAsync(string taskId, string toUser, string? comment, WorkflowActor actor, CancellationToken ct);

    /// 加签: another user must also sign before the task is done (outcome addSigner must be allowed on the task).
    Task<InstanceView> AddSignerAsync(string taskId, string signer, string? comment, WorkflowActor actor, CancellationToken ct);

    Task<MessageDelivery> CorrelateMessageAsync(CorrelateMessageRequest request, WorkflowActor actor, CancellationToken ct);

    Task<InstanceView> CancelAsync(string instanceId, string? reason, WorkflowActor actor, CancellationToken ct);

    /// Moves a running instance to another version with an explicit activity mapping, checked first (no token lost, no
    /// completed activity run again) and audited; the refusal lists every problem by element id.
    Task<InstanceView> MigrateAsync(string instanceId, MigrateInstanceRequest request, WorkflowActor actor, CancellationToken ct);

    /// Runs a service call whose retries ran out again, from attempt 1.
    Task<InstanceView> RetryIncidentAsync(string instanceId, string callId, WorkflowActor actor, CancellationToken ct);

    /// Goes on past a failed service call as if it had succeeded with no result, recorded in the history.
    Task<InstanceView> SkipIncidentAsync(string instanceId, string callId, string? comment, WorkflowActor actor, CancellationToken ct);
}
