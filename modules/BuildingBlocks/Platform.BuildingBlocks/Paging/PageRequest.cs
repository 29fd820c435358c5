using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;

namespace Platform.BuildingBlocks.Paging;

/// A validated page request: page numbers start at 1, and a page holds at most <see cref="MaxPageSize"/> rows.
public readonly record struct PageRequest
{
    public const int MaxPageSize = 500;
    public const int DefaultPageSize = 50;

    public int Page { get; }
    public int PageSize { get; }
    public int Offset => (Page - 1) * PageSize;

    private PageRequest(int page, int pageSize) => (Page, PageSize) = (page, pageSize);

    public static PageRequest Of(int? page, int? pageSize)
    {
        var p = page ?? 1;
        var s = pageSize ?? DefaultPageSize;
        if (p < 1) throw new ValidationFailedException("page", new LocalizedText("页码须大于等于 1", "page must be 1 or more").Current);
        if (s < 1 || s > MaxPageSize) throw new ValidationFailedException("pageSize", new LocalizedText($"每页条数须在 1 到 {MaxPageSize} 之间", $"pageSize must be between 1 and {MaxPageSize}").Current);
        return new PageRequest(p, s);
    }
}
