namespace Platform.Analytics.DayCounts;

/// Day-count conventions 计息基准 used in the China bond and rates markets.
public enum DayCount
{
    /// ACT/ACT (ICMA): actual days over actual days of the coupon period times the frequency. Default for bonds.
    ActActIcma,

    /// ACT/365F: actual days over 365. CNY swap fixed legs, zero and discount bonds.
    Act365Fixed,

    /// ACT/360: actual days over 360. SHIBOR and its swap floating legs.
    Act360,

    /// 30/360 (bond basis).
    Thirty360,

    /// ACT/365 no-leap (A/365 NL): actual days less any 29 February, over 365.
    Act365NoLeap,
}
