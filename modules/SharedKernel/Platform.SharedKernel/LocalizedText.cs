using System.Globalization;

namespace Platform.SharedKernel;

/// A message or label in both languages of the platform: Chinese (the default for users) and English. Being one
/// value, a text cannot exist in one language only. Chinese cultures read <see cref="Zh"/>, all others <see cref="En"/>.
public readonly record struct LocalizedText(string Zh, string En)
{
    public string In(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName.Equals("zh", StringComparison.OrdinalIgnoreCase) ? Zh : En;

    /// The text for the current UI culture: the request's or the portal circuit's, set by request localization.
    public string Current => In(CultureInfo.CurrentUICulture);

    public override string ToString() => Current;
}
