namespace Platform.Analytics.Tests;

/// A plausible SHIBOR 3M curve on 2026-11-26 (deposits O/N–3M, swaps 6M–10Y), for tests that need a realistic curve.
internal static class ShiborTestQuotes
{
    public static readonly DateOnly TradeDate = new(2026, 11, 26);

    public static Dictionary<string, double> Quotes() => new()
    {
        ["1D"] = 0.0142, ["1W"] = 0.0151, ["1M"] = 0.0158, ["3M"] = 0.0163, ["6M"] = 0.0160, ["9M"] = 0.0158, ["1Y"] = 0.0157,
        ["2Y"] = 0.0161, ["3Y"] = 0.0166, ["4Y"] = 0.0171, ["5Y"] = 0.0176, ["7Y"] = 0.0183, ["10Y"] = 0.0190,
    };
}
