using System.Globalization;
using Platform.SharedKernel;

namespace Platform.Web.Localization;

/// Picks the text for the current UI culture, which the request localization middleware sets from the culture
/// cookie for each request and each Blazor circuit.
public sealed class PortalText
{
    public bool IsEnglish => PortalCultures.IsEnglish(CultureInfo.CurrentUICulture);

    public string CultureName => IsEnglish ? PortalCultures.English : PortalCultures.Chinese;

    public string this[LocalizedText text] => text.In(CultureInfo.CurrentUICulture);

    /// A text whose translations hold composite-format placeholders such as {0}.
    public string Format(LocalizedText template, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, this[template], args);
}
