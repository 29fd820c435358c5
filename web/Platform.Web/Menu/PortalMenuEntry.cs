using System.Text.RegularExpressions;
using Platform.Administration.Contracts;
using Platform.SharedKernel;

namespace Platform.Web.Menu;

/// One page in the left menu: where it goes, what it is called, and which roles see it.
/// The roles should match the page's <c>[Authorize(Roles = ...)]</c>: the menu hides, the page enforces.
public sealed partial record PortalMenuEntry
{
    public PortalMenuEntry(string key, string route, LocalizedText label, string icon, PortalMenuGroup group,
        IReadOnlyList<string> roles, int order = 0)
    {
        if (!KeyPattern().IsMatch(key))
            throw new ArgumentException($"menu entry key '{key}' must be lower-case letters, digits and '-'", nameof(key));
        if (!route.StartsWith('/') || route.StartsWith("//", StringComparison.Ordinal))
            throw new ArgumentException($"menu entry '{key}' has route '{route}'; a route is a local path starting with one '/'", nameof(route));
        if (string.IsNullOrWhiteSpace(label.Zh) || string.IsNullOrWhiteSpace(label.En))
            throw new ArgumentException($"menu entry '{key}' needs both a Chinese and an English label", nameof(label));
        if (roles.Count == 0)
            throw new ArgumentException($"menu entry '{key}' names no role, so nobody would see it", nameof(roles));
        if (roles.FirstOrDefault(r => !PlatformRoles.IsKnown(r)) is { } unknown)
            throw new ArgumentException($"menu entry '{key}' names unknown role '{unknown}'", nameof(roles));
        (Key, Route, Label, Icon, Group, Roles, Order) = (key, route, label, icon, group, roles, order);
    }

    public string Key { get; }
    public string Route { get; }
    public LocalizedText Label { get; }

    /// An Ant Design icon name, e.g. <c>AntDesign.IconType.Outline.Home</c>.
    public string Icon { get; }

    public PortalMenuGroup Group { get; }
    public IReadOnlyList<string> Roles { get; }

    /// Position inside the group; ties keep the order the contributors gave.
    public int Order { get; }

    public bool IsVisibleTo(IReadOnlySet<string> userRoles) => Roles.Any(userRoles.Contains);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex KeyPattern();
}
