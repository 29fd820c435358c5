namespace Platform.Web.Menu;

/// A menu group as one user sees it: only the entries their roles allow, never empty.
public sealed record VisibleMenuGroup(PortalMenuGroup Group, IReadOnlyList<PortalMenuEntry> Entries);
