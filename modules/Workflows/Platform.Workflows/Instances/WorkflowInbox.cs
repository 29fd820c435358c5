using Platform.BuildingBlocks.Paging;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;
using Platform.Workflows.Contracts;

namespace Platform.Workflows.Instances;

internal sealed class WorkflowInbox(InstanceReadStore reads, IClock clock) : IWorkflowInbox
{
    public Task<PagedResult<InboxTask>> ListAsync(InboxQuery query, WorkflowActor actor, PageRequest page, CancellationToken ct)
    {
        if (query.Search is { Length: > 100 })
            throw new ValidationFailedException("search", new LocalizedText("搜索词最多 100 个字符", "search must be at most 100 characters").Current);
        if (query.DefinitionKey is { Length: > 100 })
            throw new ValidationFailedException("definitionKey", new LocalizedText("流程 key 最多 100 个字符", "definitionKey must be at most 100 characters").Current);
        return reads.InboxAsync(query with { Search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim() }, actor,
            clock.UtcNow.ToUnixTimeMilliseconds(), page, ct);
    }
}
