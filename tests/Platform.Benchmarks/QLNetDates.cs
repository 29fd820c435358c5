using QL = QLNet;

namespace Platform.Benchmarks;

internal static class QLNetDates
{
    public static QL.Date ToQl(DateOnly d) => new(d.Day, (QL.Month)d.Month, d.Year);

    public static DateOnly ToDateOnly(QL.Date d) => new(d.Year, d.Month, d.Day);
}
