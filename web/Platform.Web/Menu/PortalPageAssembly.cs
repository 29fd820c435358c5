using System.Reflection;

namespace Platform.Web.Menu;

/// An assembly with routable pages, registered by a contributor; the router and the endpoint mapping both read these.
public sealed record PortalPageAssembly(Assembly Assembly)
{
    /// The registered assemblies other than the portal's own (which the router knows already), each once.
    public static Assembly[] Additional(IEnumerable<PortalPageAssembly> registered) =>
        [.. registered.Select(p => p.Assembly).Where(a => a != typeof(PortalPageAssembly).Assembly).Distinct()];
}
