namespace Platform.Analytics.Indices;

/// Demo fixings, NOT official ones: a plausible CNY history 2022-01-01..2026-11-30 (FR007 and SHIBOR-3M every
/// inter-bank business day; LPR, the deposit rate and the Prime NCD yield at their publication dates), generated once
/// by a deterministic rule described in modules/Analytics/README.md and read from Indices/Data/demo-fixings.csv.
/// For examples, tests and the portal until official fixings are loaded.
public static class CnyDemoFixings
{
    private static readonly Lazy<FixingHistory> s_history = new(() => FixingHistory.Load(EmbeddedIndexData.demo_fixings, "demo-fixings.csv"));

    public static FixingHistory History => s_history.Value;
}
