using AntDesign;
using Platform.Administration.Contracts;
using Platform.Web.Localization;
using Platform.Web.Texts;

namespace Platform.Web.Components.Pages.Admin;

/// The platform's roles as checkbox options, labelled in the current language.
internal static class RoleOptions
{
    public static CheckboxOption<string>[] For(PortalText text) =>
        [.. PlatformRoles.All.Select(role => new CheckboxOption<string> { Label = text[RoleNames.Of(role)], Value = role })];
}
