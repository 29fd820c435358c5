namespace Platform.Web.Menu;

/// The left menu: every contributor's entries, checked once at start-up, and the cut of it that a user's roles allow.
public sealed class PortalMenu
{
    private readonly IReadOnlyList<PortalMenuEntry> _entries;

    public PortalMenu(IEnumerable<IPortalMenuContributor> contributors)
    {
        _entries = [.. contributors.SelectMany(c => c.Entries)];
        // Two entries with one key or route would make the menu's selection and the tests ambiguous: refuse at start.
        if (_entries.GroupBy(e => e.Key).FirstOrDefault(g => g.Count() > 1) is { } sameKey)
            throw new InvalidOperationException($"two portal menu entries share the key '{sameKey.Key}'");
        if (_entries.GroupBy(e => e.Route, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } sameRoute)
            throw new InvalidOperationException(
                $"portal menu entries {string.Join(" and ", sameRoute.Select(e => e.Key))} share the route '{sameRoute.Key}'");
    }

    /// The groups with at least one entry the roles allow, in menu order; a group with nothing to show is left out.
    public IReadOnlyList<VisibleMenuGroup> VisibleTo(IEnumerable<string> roles)
    {
        var userRoles = roles.ToHashSet(StringComparer.Ordinal);
        return
        [
            .. _entries
                .Where(e => e.IsVisibleTo(userRoles))
                .GroupBy(e => e.Group)
                .OrderBy(g => g.Key.Order)
                .Select(g => new VisibleMenuGroup(g.Key, [.. g.OrderBy(e => e.Order)])),
        ];
    }
}
