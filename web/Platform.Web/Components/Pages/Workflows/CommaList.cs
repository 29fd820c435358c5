namespace Platform.Web.Components.Pages.Workflows;

/// The comma-separated pf: attributes (roles, users, task ids) as typed: trimmed, empty entries dropped, so that
/// "Approver, RiskOfficer" is stored as "Approver,RiskOfficer"; null (no attribute) when nothing is left.
public static class CommaList
{
    public static string? Normalize(string? text)
    {
        var items = (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return items.Length == 0 ? null : string.Join(",", items);
    }

    public static IReadOnlySet<string> Items(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
