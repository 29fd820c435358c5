namespace Platform.Web.Menu;

/// A part of the portal that adds pages to the left menu: the shell itself, and each module's web part.
/// Register it with <see cref="PortalMenuServiceCollectionExtensions.AddPortalContributor{TContributor}"/>, which
/// also makes the router find the routable pages in the contributor's assembly.
public interface IPortalMenuContributor
{
    IEnumerable<PortalMenuEntry> Entries { get; }
}
