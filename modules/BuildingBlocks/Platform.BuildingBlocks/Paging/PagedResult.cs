namespace Platform.BuildingBlocks.Paging;

/// One page of a long list, with the total so that a client can draw its pager.
public sealed record PagedResult<T>(IReadOnlyList<T> Items, long Total, int Page, int PageSize);
