namespace Platform.Analytics.Schedules;

/// One accrual period: its unadjusted dates (as the contract states them) and the business-day-adjusted ones
/// (on which accrual runs and money moves). <see cref="IsRegular"/> is false for a stub.
public readonly record struct SchedulePeriod(DateOnly UnadjustedStart, DateOnly UnadjustedEnd, DateOnly Start, DateOnly End, bool IsRegular);
