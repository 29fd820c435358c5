namespace Platform.Analytics.Schedules;

/// The periods of a resolved <see cref="PeriodicSchedule"/>, in order, contiguous: each period starts where the last
/// ended.
public sealed class Schedule
{
    private readonly SchedulePeriod[] _periods;

    internal Schedule(SchedulePeriod[] periods) => _periods = periods;

    public ReadOnlySpan<SchedulePeriod> Periods => _periods;

    public int Count => _periods.Length;

    public SchedulePeriod this[int index] => _periods[index];
}
