using Platform.Analytics.DayCounts;
using Platform.Analytics.Swaps;
using Platform.SharedKernel;

namespace Platform.Analytics.Curves.Bootstrap;

/// The usual CNY curve definitions, quoted by tenor labels. Deposits follow SHIBOR (ACT/360; O/N from today, the rest
/// from spot T+1; Following up to a week, Modified Following beyond); swaps are spot-starting par swaps.
public static class CnyCurveTemplates
{
    /// SHIBOR O/N, 1W, 1M, 3M and SHIBOR 3M swaps 6M–10Y: 13 instruments.
    public static CurveDefinition Shibor3M(CurveInterpolation interpolation = CurveInterpolation.LogLinearDiscount) =>
        CurveDefinition.Of("CNY-SHIBOR-3M", interpolation,
        [
            .. ShiborDeposits("1D", "1W", "1M", "3M"),
            .. Swaps(CnySwapConventions.Shibor3M, "6M", "9M", "1Y", "2Y", "3Y", "4Y", "5Y", "7Y", "10Y"),
        ]);

    /// The 7-day repo fixing FR007 as a 7-day deposit (ACT/365F) and FR007 swaps 3M–10Y.
    public static CurveDefinition Fr007(CurveInterpolation interpolation = CurveInterpolation.LogLinearDiscount) =>
        CurveDefinition.Of("CNY-FR007", interpolation,
        [
            new DepositInstrument("7D", Tenor.OfDays(7), 1, BusinessDayConvention.Following, DayCount.Act365Fixed),
            .. Swaps(CnySwapConventions.Fr007, "3M", "6M", "9M", "1Y", "2Y", "3Y", "4Y", "5Y", "7Y", "10Y"),
        ]);

    /// LPR 1Y swaps 1Y–10Y, built over a discounting curve given with the quotes.
    public static CurveDefinition Lpr1Y(CurveInterpolation interpolation = CurveInterpolation.LogLinearDiscount) =>
        CurveDefinition.Of("CNY-LPR-1Y", interpolation, Swaps(CnySwapConventions.Lpr1Y, "1Y", "2Y", "3Y", "4Y", "5Y", "7Y", "10Y"));

    /// The SHIBOR deposit of a tenor label as the curve takes it (1D is O/N from today).
    public static DepositInstrument ShiborDeposit(string label)
    {
        var tenor = label is "1D" or "ON" or "O/N" ? Tenor.Overnight : Tenor.Parse(label);
        var lag = tenor.OvernightKind == OvernightKind.Overnight ? 0 : 1;
        var convention = tenor.Unit is TenorUnit.Day or TenorUnit.Week ? BusinessDayConvention.Following : BusinessDayConvention.ModifiedFollowing;
        return new DepositInstrument(label, tenor, lag, convention, DayCount.Act360);
    }

    private static IEnumerable<CurveInstrument> ShiborDeposits(params string[] labels) => labels.Select(ShiborDeposit);

    private static CurveInstrument[] Swaps(SwapConvention convention, params string[] labels) =>
        [.. labels.Select(l => new SwapInstrument(l, Tenor.Parse(l), convention))];
}
