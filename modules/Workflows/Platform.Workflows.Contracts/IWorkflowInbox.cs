using Platform.BuildingBlocks.Paging;

namespace Platform.Workflows.Contracts;

/// The human-task inbox (待办), read from a projection of the instances: newest first, paged. It follows the
/// instances within moments; an instance itself (<see cref="IWorkflowInstances.GetAsync"/>) is always current.
public interface IWorkflowInbox
{
    Task<PagedResult<InboxTask>> ListAsync(InboxQuery query, WorkflowActor actor, PageRequest page, CancellationToken ct);
}
