using System.Globalization;
using Platform.Analytics.DayCounts;
using Platform.Trading.Contracts.Derivatives;

namespace Platform.Web.Components.Pages.Trading;

/// How the derivative pages write what <see cref="TradingFormat"/> has no form for: spreads in basis points, day counts
/// by their market names, a notional bond's coupon, and a list row's fixed rate or forward price.
public static class DerivativeFormat
{
    /// A spread held as a decimal fraction (0.0005), shown as 5 bp.
    public static string Bp(double spread) => (spread * 10_000).ToString("0.##", CultureInfo.InvariantCulture) + " bp";

    /// A day count as the market writes it (ACT/365F); the terms carry Analytics' identifier (Act365Fixed).
    public static string DayCount(string dayCount) =>
        Enum.TryParse<Platform.Analytics.DayCounts.DayCount>(dayCount, out var known) ? known.NameOf() : dayCount;

    /// A coupon in per cent without trailing zeros: 3.
    public static string CouponPct(decimal couponPct) => couponPct.ToString("0.####", CultureInfo.InvariantCulture);

    /// A coupon held as a decimal fraction (0.03), in per cent: 3. The conversion keeps 15 digits, so 0.03 stays 0.03.
    public static string CouponPct(double coupon) => CouponPct((decimal)coupon * 100);

    /// A forward clean price per 100, four decimals as CFETS quotes it.
    public static string Price(decimal price) => price.ToString("F4", CultureInfo.InvariantCulture);

    /// A row's fixed rate in per cent (a swap) or forward price per 100 (a forward).
    public static string RateOrPrice(DerivativeView row) =>
        row.Kind == DerivativeKinds.Swap ? row.RateOrPrice.ToString("F4", CultureInfo.InvariantCulture) + "%" : Price(row.RateOrPrice);
}
