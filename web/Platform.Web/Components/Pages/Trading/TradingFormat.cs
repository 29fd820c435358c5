using System.Globalization;

namespace Platform.Web.Components.Pages.Trading;

/// How the desk reads figures, the same in both languages: prices per 100 face with four decimals as CFETS quotes
/// them, yields in per cent with four decimals, yuan with two decimals and thousands separators, face in 万元.
public static class TradingFormat
{
    public const string Missing = "—";

    public static string Price(double price) => price.ToString("F4", CultureInfo.InvariantCulture);

    public static string Price(double? price) => price is { } p ? Price(p) : Missing;

    /// A yield held as a decimal fraction (0.0235), shown as 2.3500%.
    public static string Yield(double yield) => (yield * 100).ToString("F4", CultureInfo.InvariantCulture) + "%";

    public static string Yield(double? yield) => yield is { } y ? Yield(y) : Missing;

    /// A ticket's own price, as typed: per 100 face, or a yield already in per cent.
    public static string TicketPrice(string priceKind, decimal price) =>
        price.ToString("F4", CultureInfo.InvariantCulture) + (priceKind is "YieldToMaturity" or "YieldToExercise" ? "%" : "");

    public static string Money(decimal yuan) => yuan.ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string Money(decimal? yuan) => yuan is { } y ? Money(y) : Missing;

    /// Face in 万元 with thousands separators and no trailing zeros: 50,000.
    public static string Wan(decimal faceWan) => faceWan.ToString("#,##0.####", CultureInfo.InvariantCulture);

    /// A raw number for data attributes and inputs: invariant, no separators.
    public static string Raw(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Raw(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// A deviation in per cent of the valuation's clean price, signed: +0.125%.
    public static string DeviationPct(double pct) => pct.ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture) + "%";

    /// A deviation in basis points of yield, signed: -1.2 bp.
    public static string DeviationBp(double bp) => bp.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " bp";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : Missing;

    /// An instant in Beijing time, as the desk dates everything.
    public static string Time(DateTimeOffset instant) =>
        Platform.SharedKernel.ChinaTime.ToChinaTime(instant).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// A number the user typed: invariant, thousands separators allowed; null when it is not one.
    public static decimal? Parse(string? text) =>
        decimal.TryParse(text?.Replace(",", "", StringComparison.Ordinal).Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value : null;
}
