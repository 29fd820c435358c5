using Platform.SharedKernel.Calendars;
using QL = QLNet;

namespace Platform.Benchmarks;

/// Our inter-bank calendar as a QLNet BespokeCalendar (Saturday and Sunday closed, then each holiday and working weekend
/// added day by day over the window the benchmarks touch, and checked day by day). Not QLNet's China(IB): its holiday
/// data stops at 2023 (later years close only weekends and 1 January), and its isBusinessDay builds a list of some 150
/// dates on every call, which made a QLNet curve cost 22 ms and 18 MB here, a cost of that calendar, not of the bootstrap.
internal static class QLNetInterbankCalendar
{
    public static QL.Calendar AlignedWith(BusinessCalendar ours, DateOnly from, DateOnly to)
    {
        var calendar = new QL.BespokeCalendar(ours.Name);
        calendar.addWeekend(DayOfWeek.Saturday);
        calendar.addWeekend(DayOfWeek.Sunday);
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            var date = QLNetDates.ToQl(d);
            var open = ours.IsBusinessDay(d);
            if (open && !calendar.isBusinessDay(date)) calendar.removeHoliday(date);
            else if (!open && calendar.isBusinessDay(date)) calendar.addHoliday(date);
        }
        for (var d = from; d <= to; d = d.AddDays(1))
            if (calendar.isBusinessDay(QLNetDates.ToQl(d)) != ours.IsBusinessDay(d))
                throw new InvalidOperationException($"the QLNet calendar still disagrees with {ours.Name} on {d:yyyy-MM-dd}");
        return calendar;
    }
}
