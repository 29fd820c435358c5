using Microsoft.Extensions.Options;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;
using Platform.Trading.Contracts.Tickets;

namespace Platform.Trading.Domain.Checks;

/// The trade date is an inter-bank business day and the market can still trade on it: a ticket for today must be
/// entered before the last session closes (entering it before the market opens is normal), and at most
/// <see cref="TradingOptions.TicketForwardDays"/> ahead; a pre-approved order was executed already, so its trade date
/// may be today or a few business days back (补录) but not ahead.
public sealed class TradingDayCheck(IOptions<TradingOptions> options) : IPreTradeCheck
{
    private readonly IBusinessCalendar _calendar = MarketCalendars.CnInterbank;

    public string Name => CheckNames.TradingDay;
    public int Order => 10;

    public Task<CheckResult> CheckAsync(PreTradeCheckContext context, CancellationToken ct) => Task.FromResult(Check(context));

    public CheckResult Check(PreTradeCheckContext context)
    {
        var tradeDate = context.Economics.TradeDate;
        var local = ChinaTime.ToChinaTime(context.Now);
        var today = DateOnly.FromDateTime(local.DateTime);
        var now = TimeOnly.FromDateTime(local.DateTime);
        var sessions = options.Value.ParsedSessions();
        var hours = string.Join(", ", sessions);
        if (!_calendar.IsBusinessDay(tradeDate))
            return Verdict.Fail(Name, new($"{tradeDate:yyyy-MM-dd} 不是银行间市场交易日", $"{tradeDate:yyyy-MM-dd} is not an inter-bank trading day"));
        if (context.DirectOrder)
        {
            if (tradeDate > today) return Verdict.Fail(Name, new($"已成交指令的交易日 {tradeDate:yyyy-MM-dd} 不能晚于今天", $"an executed order's trade date {tradeDate:yyyy-MM-dd} cannot be after today"));
            var latest = _calendar.IsBusinessDay(today) ? today : _calendar.PreviousBusinessDay(today);
            var earliest = _calendar.Advance(latest, -options.Value.OrderBackdateBusinessDays);
            if (tradeDate < earliest)
                return Verdict.Fail(Name, new($"补录最多回溯 {options.Value.OrderBackdateBusinessDays} 个交易日（最早 {earliest:yyyy-MM-dd}）",
                    $"a late booking may go back at most {options.Value.OrderBackdateBusinessDays} business days (to {earliest:yyyy-MM-dd})"));
            return tradeDate < today
                ? Verdict.Warn(Name, new($"补录：交易日 {tradeDate:yyyy-MM-dd} 早于今天", $"late booking: trade date {tradeDate:yyyy-MM-dd} is before today"))
                : Verdict.Pass(Name, new("今天为交易日", "today is a trading day"));
        }
        if (tradeDate < today)
            return Verdict.Fail(Name, new($"交易日 {tradeDate:yyyy-MM-dd} 已过", $"trade date {tradeDate:yyyy-MM-dd} is in the past"));
        if (tradeDate.DayNumber - today.DayNumber > options.Value.TicketForwardDays)
            return Verdict.Fail(Name, new($"交易日最多提前 {options.Value.TicketForwardDays} 天", $"the trade date may be at most {options.Value.TicketForwardDays} days ahead"));
        if (tradeDate == today && sessions.Count > 0 && now >= sessions[^1].End)
            return Verdict.Fail(Name, new($"今日交易时段（{hours}）已结束，请选择下一交易日 {_calendar.Advance(today, 1):yyyy-MM-dd}",
                $"today's trading sessions ({hours}) have ended; choose the next trading day, {_calendar.Advance(today, 1):yyyy-MM-dd}"));
        if (tradeDate == today && !sessions.Any(s => now >= s.Start && now < s.End))
            return Verdict.Warn(Name, new($"当前不在交易时段（{hours}）内，成交须在交易时段进行", $"the market is not in a session now ({hours}); execute within one"));
        return Verdict.Pass(Name, new($"{tradeDate:yyyy-MM-dd} 为交易日，交易时段 {hours}", $"{tradeDate:yyyy-MM-dd} is a trading day; sessions {hours}"));
    }
}
