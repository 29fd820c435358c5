using Platform.Analytics.DayCounts;
using Platform.SharedKernel;

namespace Platform.Analytics.Curves.Bootstrap;

/// A deposit (or a SHIBOR / repo fixing used as one) quoted as a simple rate: it starts the lag in business days after
/// the valuation date (0 for O/N, 1 for spot) and ends a tenor later adjusted by the convention.
public sealed record DepositInstrument(
    string Label,
    Tenor Tenor,
    int StartLagBusinessDays = 1,
    BusinessDayConvention Convention = BusinessDayConvention.ModifiedFollowing,
    DayCount DayCount = DayCount.Act360) : CurveInstrument(Label);
