using System.Globalization;

namespace Platform.Web.Localization;

/// A visible string in both portal languages. Being one typed value, a label cannot exist in one language only.
public readonly record struct LocalizedText(string Zh, string En)
{
    public string In(CultureInfo culture) => PortalCultures.IsEnglish(culture) ? En : Zh;
}
