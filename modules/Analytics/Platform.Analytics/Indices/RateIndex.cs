using Platform.Analytics.DayCounts;
using Platform.SharedKernel;

namespace Platform.Analytics.Indices;

/// A CNY rate index as data: its name (SHIBOR-3M, FR007, LPR-1Y, …), Chinese name, kind, tenor, the day count its
/// coupons accrue by, and the fixing lag in business days of its calendar (a period's rate is the fixing that many
/// business days before the period starts). Validated on construction; the catalog is <see cref="CnyRateIndices"/>.
public sealed record RateIndex(string Name, string ChineseName, RateIndexKind Kind, Tenor Tenor, DayCount DayCount, int FixingLagBusinessDays, string CalendarName)
{
    private const int MaxFixingLag = 10;   // two weeks of business days: anything longer is a typo

    public string Name { get; } = !string.IsNullOrWhiteSpace(Name) ? Name.Trim()
        : throw new DomainException("a rate index needs a name", "name");

    public string ChineseName { get; } = ChineseName ?? "";

    public RateIndexKind Kind { get; } = Enum.IsDefined(Kind) ? Kind
        : throw new DomainException($"unknown rate index kind {(int)Kind}", "kind");

    public Tenor Tenor { get; } = Tenor != default ? Tenor
        : throw new DomainException($"rate index {Name} needs a tenor", "tenor");

    public DayCount DayCount { get; } = Enum.IsDefined(DayCount) ? DayCount
        : throw new DomainException($"unknown day count {(int)DayCount}", "dayCount");

    public int FixingLagBusinessDays { get; } = FixingLagBusinessDays is >= 0 and <= MaxFixingLag ? FixingLagBusinessDays
        : throw new DomainException($"a fixing lag must be 0 to {MaxFixingLag} business days, was {FixingLagBusinessDays}", "fixingLag");

    public string CalendarName { get; } = !string.IsNullOrWhiteSpace(CalendarName) ? CalendarName.Trim()
        : throw new DomainException($"rate index {Name} needs a calendar", "calendar");

    /// Whether a coupon takes the rate in force on its fixing date (LPR, deposit rate, NCD yield: published
    /// monthly or on notice) rather than the fixing of that exact date (SHIBOR, FR, FDR: published each business day).
    public bool IsStepRate => Kind is RateIndexKind.LoanPrimeRate or RateIndexKind.DepositRate or RateIndexKind.NcdYield;

    public override string ToString() => Name;
}
