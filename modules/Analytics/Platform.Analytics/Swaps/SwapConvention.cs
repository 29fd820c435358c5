using Platform.Analytics.DayCounts;
using Platform.SharedKernel;

namespace Platform.Analytics.Swaps;

/// A market convention for fixed-versus-floating CNY swaps: fixed leg frequency and day count, floating leg, spot lag
/// and the business-day convention of both schedules (generated backward from the termination date, no end-of-month).
public sealed record SwapConvention(
    string Name,
    int FixedMonths,
    DayCount FixedDayCount,
    FloatingLegConvention Floating,
    int SpotLagBusinessDays = 1,
    BusinessDayConvention Convention = BusinessDayConvention.ModifiedFollowing);
