namespace Platform.Web.Components.Pages.Workflows;

/// One validation problem as the designer lists it: the element to fix ("definitions" for the file) and what is wrong.
public sealed record DesignerProblem(string ElementId, string Message)
{
    public static IReadOnlyList<DesignerProblem> From(IReadOnlyDictionary<string, string[]> problems) =>
        [.. problems.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => p.Value.Select(m => new DesignerProblem(p.Key, m)))];
}
