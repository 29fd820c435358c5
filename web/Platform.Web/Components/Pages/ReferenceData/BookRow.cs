using Platform.Trading.Contracts.ReferenceData;

namespace Platform.Web.Components.Pages.ReferenceData;

/// A node of the book hierarchy as one row of the indented table, with how deep it sits (the firm is 0).
public sealed record BookRow(BookNodeView Node, int Depth)
{
    /// The nodes depth first, each parent followed by its children in the facade's order; a node whose parent is
    /// missing shows at the top rather than not at all.
    public static IReadOnlyList<BookRow> Flatten(IReadOnlyList<BookNodeView> nodes)
    {
        var ids = nodes.Select(n => n.NodeId).ToHashSet(StringComparer.Ordinal);
        var children = nodes.Where(n => n.ParentId is not null && ids.Contains(n.ParentId))
            .ToLookup(n => n.ParentId!, StringComparer.Ordinal);
        var rows = new List<BookRow>(nodes.Count);
        foreach (var root in nodes.Where(n => n.ParentId is null || !ids.Contains(n.ParentId)))
            Add(root, 0);
        return rows;

        void Add(BookNodeView node, int depth)
        {
            rows.Add(new BookRow(node, depth));
            foreach (var child in children[node.NodeId])
                Add(child, depth + 1);
        }
    }
}
