using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;
using Platform.Trading.Contracts.Tickets;

namespace Platform.Trading.Domain.Tickets;

/// Settlement dates on the inter-bank calendar: T+0 settles on the trade date, T+1 on the next business day.
public static class SettlementDates
{
    public static DateOnly For(DateOnly tradeDate, string speed, IBusinessCalendar calendar)
    {
        if (!calendar.IsBusinessDay(tradeDate))
            throw new DomainException(new LocalizedText($"交易日 {tradeDate:yyyy-MM-dd} 不是银行间市场工作日", $"trade date {tradeDate:yyyy-MM-dd} is not an inter-bank business day").Current, "tradeDate");
        return speed == SettlementSpeeds.T0 ? tradeDate : calendar.Advance(tradeDate, 1);
    }
}
