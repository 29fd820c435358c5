using System.Globalization;
using Platform.SharedKernel;

namespace Platform.Web.Components.Pages.Trading;

/// How the quote board writes its figures, as the market does and the same in both languages: yields in per cent
/// with four decimals, faces in 万元 with thousands separators, spreads in signed basis points.
public static class QuoteFormat
{
    public const string Missing = "—";

    public static string Yield(decimal? pct) => pct is { } y ? y.ToString("F4", CultureInfo.InvariantCulture) : Missing;

    public static string Yield(double? pct) => pct is { } y ? y.ToString("F4", CultureInfo.InvariantCulture) : Missing;

    /// A yield in an input: four decimals as the board shows it, empty when there is none.
    public static string YieldInput(decimal? pct) => pct is { } y ? Yield(y) : "";

    public static string Face(decimal? wan) => wan is { } f ? f.ToString("#,0.####", CultureInfo.InvariantCulture) : Missing;

    /// A face in an input: empty rather than a dash when there is none, so that the trader types straight into it.
    public static string FaceInput(decimal? wan) => wan is { } f ? Face(f) : "";

    /// A figure typed into an input that shows <see cref="Face"/> or <see cref="YieldInput"/>: the thousands separators go.
    public static string ParseInput(string text) => text.Replace(",", "", StringComparison.Ordinal).Trim();

    public static string SpreadBp(double? bp) => bp is { } s ? s.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : Missing;

    /// A raw figure for data attributes: invariant, no separators, empty when missing.
    public static string Raw(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// How long a quote has stood, to the second under an hour and to the minute beyond.
    public static LocalizedText Age(TimeSpan age)
    {
        var (h, m, s) = ((int)age.TotalHours, age.Minutes, age.Seconds);
        return h > 0
            ? new($"{h}小时{m:00}分", $"{h}h {m:00}m")
            : new($"{m}分{s:00}秒", $"{m}m {s:00}s");
    }

    /// An instant in Beijing time, as the desk dates everything.
    public static string Time(DateTimeOffset instant) => ChinaTime.ToChinaTime(instant).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
