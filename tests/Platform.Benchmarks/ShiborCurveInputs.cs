using Platform.Analytics.Curves;
using Platform.Analytics.Curves.Bootstrap;
using Platform.Analytics.Swaps;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;

namespace Platform.Benchmarks;

/// The 15-instrument SHIBOR 3M curve: the 13 of CnyCurveTemplates.Shibor3M plus a 2W deposit and a 6Y swap,
/// log-linear on discount factors, on the projected inter-bank calendar, traded on 2026-11-26 (a Thursday; spot Friday).
internal static class ShiborCurveInputs
{
    public static readonly DateOnly TradeDate = new(2026, 11, 26);

    public static BusinessCalendar Calendar => MarketCalendars.CnInterbankProjected;

    public static CurveDefinition Definition { get; } = CurveDefinition.Of("CNY-SHIBOR-3M-15", CurveInterpolation.LogLinearDiscount,
    [
        .. CnyCurveTemplates.Shibor3M().Instruments,
        CnyCurveTemplates.ShiborDeposit("2W"),
        new SwapInstrument("6Y", Tenor.OfYears(6), CnySwapConventions.Shibor3M),
    ]);

    /// An upward-sloping curve with an inverted short end, as in the library's curve tests.
    public static IReadOnlyDictionary<string, double> Quotes { get; } = new Dictionary<string, double>
    {
        ["1D"] = 0.0142, ["1W"] = 0.0151, ["2W"] = 0.0154, ["1M"] = 0.0158, ["3M"] = 0.0163, ["6M"] = 0.0160, ["9M"] = 0.0158,
        ["1Y"] = 0.0157, ["2Y"] = 0.0161, ["3Y"] = 0.0166, ["4Y"] = 0.0171, ["5Y"] = 0.0176, ["6Y"] = 0.0180, ["7Y"] = 0.0183,
        ["10Y"] = 0.0190,
    };
}
