using Platform.Analytics.DayCounts;
using Platform.SharedKernel;

namespace Platform.Analytics.Swaps;

/// The floating leg of a CNY swap: its index (name as in the fixing history, tenor, style), accrual day count, how
/// often it pays, how many business days before a period (or reset) it fixes, and the reset interval for repo legs.
public sealed record FloatingLegConvention(
    string IndexName,
    Tenor IndexTenor,
    FloatingRateStyle Style,
    DayCount DayCount,
    int PaymentMonths,
    int FixingLagBusinessDays,
    int ResetDays = 7);
