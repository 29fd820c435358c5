using System.Globalization;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;
using Platform.Trading.Contracts.Derivatives;

namespace Platform.Trading.Domain.Derivatives;

/// The standard bond forward contracts open for trading on a day: for each product, the next
/// <see cref="ContractsPerProduct"/> quarterly months (March, June, September, December) whose last trading day has not
/// passed. A contract's last trading day is the second Friday of its month, moved to the preceding business day when
/// that is a holiday; delivery is the next business day. Codes are product and month, <c>CDB10_2703</c>. These are the
/// listing rules as this platform models them, on the projected inter-bank calendar (contracts run past the announced
/// holidays); the products are data (<see cref="Products"/>), and a change of SHCH's rules is a change here only.
public static class StandardForwardListing
{
    public const int ContractsPerProduct = 3;

    public static readonly IReadOnlyList<StandardForwardProduct> Products =
    [
        new("CDB3", "3年期国开债标准债券远期", "3-year CDB standard bond forward", 3m, 1, 3, "Cash"),
        new("CDB5", "5年期国开债标准债券远期", "5-year CDB standard bond forward", 3m, 1, 5, "Cash"),
        new("CDB10", "10年期国开债标准债券远期", "10-year CDB standard bond forward", 3m, 1, 10, "Cash"),
    ];

    public static IReadOnlyList<ForwardContractView> OpenOn(DateOnly day, BusinessCalendar calendar)
    {
        var months = new List<(int Year, int Month, DateOnly Last)>();
        var (year, month) = (day.Year, (day.Month + 2) / 3 * 3);
        while (months.Count < ContractsPerProduct)
        {
            var last = LastTradingDay(year, month, calendar);
            if (last >= day) months.Add((year, month, last));
            (year, month) = month == 12 ? (year + 1, 3) : (year, month + 3);
        }
        return Products.SelectMany(p => months.Select(m => new ForwardContractView(
            $"{p.Code}_{(m.Year % 100).ToString("D2", CultureInfo.InvariantCulture)}{m.Month.ToString("D2", CultureInfo.InvariantCulture)}", p.Code, p.NameZh, p.NameEn,
            p.NotionalCouponPct, p.CouponsPerYear, p.TenorYears, p.Settlement, m.Last, calendar.NextBusinessDay(m.Last)))).ToList();
    }

    private static DateOnly LastTradingDay(int year, int month, BusinessCalendar calendar)
    {
        var first = new DateOnly(year, month, 1);
        var firstFriday = first.AddDays(((int)DayOfWeek.Friday - (int)first.DayOfWeek + 7) % 7);
        var secondFriday = firstFriday.AddDays(7);
        return calendar.Adjust(secondFriday, BusinessDayConvention.Preceding);
    }
}
