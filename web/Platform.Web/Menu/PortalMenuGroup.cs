using Platform.SharedKernel;

namespace Platform.Web.Menu;

/// A heading of the left menu, one per office. <see cref="Key"/> is stable: tests and the menu's open state use it.
public sealed record PortalMenuGroup(string Key, LocalizedText Label, string Icon, int Order);
