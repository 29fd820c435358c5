using System.Globalization;

namespace Platform.Web.Localization;

/// The two languages the portal speaks. zh-CN is the default because the users are Chinese securities firms;
/// en-US is there for foreign staff and vendors.
public static class PortalCultures
{
    public const string Chinese = "zh-CN";
    public const string English = "en-US";

    public static IReadOnlyList<string> Supported { get; } = [Chinese, English];

    public static bool IsSupported(string culture) => Supported.Contains(culture, StringComparer.Ordinal);

    /// Any English culture reads the English text; everything else falls back to Chinese, the default.
    public static bool IsEnglish(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName.Equals("en", StringComparison.OrdinalIgnoreCase);
}
