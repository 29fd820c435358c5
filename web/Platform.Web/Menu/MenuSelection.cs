namespace Platform.Web.Menu;

/// Which menu entry a page belongs to: the one whose route is the longest prefix of the page's path, by whole
/// segments. So a ticket's page (/trading/tickets/TK1) lights My tickets (/trading/tickets), while the new ticket form
/// (/trading/tickets/new), which both routes prefix, lights its own entry; the workspace (/) only itself.
public static class MenuSelection
{
    public static string? KeyFor(IEnumerable<PortalMenuEntry> entries, string path)
    {
        var clean = "/" + path.Split('?', '#')[0].Trim('/');
        return entries.Where(e => Covers(e.Route, clean)).MaxBy(e => e.Route.Length)?.Key;
    }

    private static bool Covers(string route, string path) =>
        route == PortalRoutes.Home ? path == PortalRoutes.Home
            : path.Equals(route, StringComparison.OrdinalIgnoreCase) || path.StartsWith(route.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase);
}
