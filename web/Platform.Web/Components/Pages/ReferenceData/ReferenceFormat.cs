using System.Globalization;
using Platform.Trading.Contracts.ReferenceData;

namespace Platform.Web.Components.Pages.ReferenceData;

/// How reference data figures read on the pages: as the market writes them, the same in both languages.
public static class ReferenceFormat
{
    public const string Missing = "—";

    /// 2.35 % as "2.35%", 2.4567 % as "2.4567%"; zero-coupon and discount bonds have none.
    public static string Coupon(decimal? rate) =>
        rate is { } r && r != 0m ? (r * 100m).ToString("0.00##", CultureInfo.InvariantCulture) + "%" : Missing;

    /// An amount in 万元 (or 亿元) with thousands separators: 2,000,000.
    public static string Amount(decimal amount) => amount.ToString("#,0.####", CultureInfo.InvariantCulture);

    /// An amount typed into an input that shows <see cref="Amount"/>: the thousands separators go.
    public static string ParseAmount(string text) => text.Replace(",", "", StringComparison.Ordinal).Trim();

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// External and implied rating, "AAA / AA+", a dash for the one that is missing.
    public static string Ratings(BondView bond) => $"{bond.ExternalRating ?? Missing} / {bond.ImpliedRating ?? Missing}";

    public static string Code(MarketCode code) => $"{code.Market}:{code.Code}";

    /// A price per 100 face, four decimals as valuations are published.
    public static string Price(double price) => price.ToString("F4", CultureInfo.InvariantCulture);

    /// A yield held as a decimal fraction, in per cent with four decimals.
    public static string YieldPercent(double yield) => (yield * 100).ToString("F4", CultureInfo.InvariantCulture);
}
