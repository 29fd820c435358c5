using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Contracts.Tickets;
using Platform.Trading.Domain.Pricing;
using Platform.Trading.Domain.ReferenceData;
using Platform.Trading.Domain.Tickets;

namespace Platform.Trading.Application.Desk;

/// Bad input, before any check: what is named must exist, codes and kinds must be known, the face a multiple of the
/// bond's minimum, the price in a sane range, the settlement date what the speed gives, the bond alive at settlement.
/// Every problem is collected and reported by field; nothing is changed.
internal static class TicketValidator
{
    public sealed record Resolved(BondView Bond, PricedBond Priced, CounterpartyView Counterparty, BookNodeView Book, DateOnly TradeDate, DateOnly SettlementDate);

    public static Resolved Validate(TicketRequest r, ReferenceCache.Snapshot data, DateOnly today)
    {
        var problems = new FieldProblems();
        var calendar = MarketCalendars.CnInterbank;
        (BondView Bond, PricedBond Priced)? bond = null;
        if (string.IsNullOrWhiteSpace(r.BondId) || !data.Bonds.TryGetValue(r.BondId.Trim(), out var found))
            problems.Add("bondId", new($"债券 '{r.BondId}' 不存在", $"bond '{r.BondId}' does not exist"));
        else if (!found.Bond.Codes.Any(c => c.Market == Markets.Cfets))
            problems.Add("bondId", new($"债券 {found.Bond.ShortName} 不在银行间市场交易（无 CFETS 代码）", $"bond {found.Bond.ShortName} is not traded on the inter-bank market (no CFETS code)"));
        else bond = found;
        OneOf(problems, "direction", r.Direction, TradeDirections.All);
        OneOf(problems, "tradingMethod", r.TradingMethod, TradingMethods.All);
        OneOf(problems, "priceKind", r.PriceKind, PriceKinds.All);
        OneOf(problems, "settlementSpeed", r.SettlementSpeed, SettlementSpeeds.All);
        OneOf(problems, "settlementMethod", r.SettlementMethod, SettlementMethods.All);
        CheckPrice(problems, r, bond?.Bond);
        if (r.FaceWan <= 0) problems.Add("faceWan", new("面额（万元）须大于 0", "faceWan must be above 0"));
        else if (bond is { } b && r.FaceWan % b.Bond.MinFaceWan != 0)
            problems.Add("faceWan", new($"面额 {r.FaceWan} 万须为最小交易面额 {b.Bond.MinFaceWan} 万的整数倍", $"faceWan {r.FaceWan} must be a multiple of the minimum {b.Bond.MinFaceWan} 万"));
        if (!data.Counterparties.TryGetValue(r.CounterpartyId ?? "", out var counterparty))
            problems.Add("counterpartyId", new($"交易对手 '{r.CounterpartyId}' 不存在", $"counterparty '{r.CounterpartyId}' does not exist"));
        else if (r.CounterpartyTrader is { Length: > 0 } dealer && !counterparty.Traders.Any(t => t.TraderName == dealer || t.CfetsTraderId == dealer))
            problems.Add("counterpartyTrader", new($"{counterparty.ShortName} 没有交易员 '{dealer}'", $"{counterparty.ShortName} has no trader '{dealer}'"));
        if (!data.Books.TryGetValue(r.BookId ?? "", out var book) || book.Level != BookLevels.Book)
            problems.Add("bookId", new($"账簿 '{r.BookId}' 不存在", $"book '{r.BookId}' does not exist"));
        if (r.Purpose is { Length: > 200 }) problems.Add("purpose", new("交易目的最多 200 个字符", "purpose must be at most 200 characters"));
        if (r.Remarks is { Length: > 1000 }) problems.Add("remarks", new("备注最多 1000 个字符", "remarks must be at most 1000 characters"));

        var tradeDate = r.TradeDate ?? today;
        DateOnly settlement = default;
        if (tradeDate < calendar.FirstCoveredDate || tradeDate > calendar.LastCoveredDate.AddDays(-10))
            problems.Add("tradeDate", new($"交易日 {tradeDate:yyyy-MM-dd} 不在日历覆盖范围内（{calendar.FirstCoveredDate:yyyy-MM-dd} 至 {calendar.LastCoveredDate:yyyy-MM-dd}）",
                $"trade date {tradeDate:yyyy-MM-dd} is outside the calendar ({calendar.FirstCoveredDate:yyyy-MM-dd} to {calendar.LastCoveredDate:yyyy-MM-dd})"));
        else if (!calendar.IsBusinessDay(tradeDate))
            problems.Add("tradeDate", new($"交易日 {tradeDate:yyyy-MM-dd} 不是银行间市场工作日", $"trade date {tradeDate:yyyy-MM-dd} is not an inter-bank business day"));
        else if (SettlementSpeeds.All.Contains(r.SettlementSpeed))
        {
            settlement = SettlementDates.For(tradeDate, r.SettlementSpeed, calendar);
            if (r.SettlementDate is { } asked && asked != settlement)
                problems.Add("settlementDate", asked.DayNumber >= tradeDate.DayNumber && !calendar.IsBusinessDay(asked)
                    ? new($"结算日 {asked:yyyy-MM-dd} 是非工作日；{tradeDate:yyyy-MM-dd} 的 {Speed(r.SettlementSpeed)} 结算日为 {settlement:yyyy-MM-dd}",
                        $"settlement date {asked:yyyy-MM-dd} is a holiday; {Speed(r.SettlementSpeed)} from {tradeDate:yyyy-MM-dd} settles on {settlement:yyyy-MM-dd}")
                    : new($"{tradeDate:yyyy-MM-dd} 的 {Speed(r.SettlementSpeed)} 结算日为 {settlement:yyyy-MM-dd}，不是 {asked:yyyy-MM-dd}",
                        $"{Speed(r.SettlementSpeed)} from {tradeDate:yyyy-MM-dd} settles on {settlement:yyyy-MM-dd}, not {asked:yyyy-MM-dd}"));
            if (bond is { } alive && settlement >= alive.Bond.MaturityDate)
                problems.Add("bondId", new($"债券 {alive.Bond.ShortName} 于 {alive.Bond.MaturityDate:yyyy-MM-dd} 到期，不能在 {settlement:yyyy-MM-dd} 结算",
                    $"bond {alive.Bond.ShortName} matures on {alive.Bond.MaturityDate:yyyy-MM-dd}: it cannot settle on {settlement:yyyy-MM-dd}"));
        }
        if (problems.Any) throw new Platform.BuildingBlocks.Validation.ValidationFailedException(problems.ToDictionary());
        return new Resolved(bond!.Value.Bond, bond.Value.Priced, counterparty!, book!, tradeDate, settlement);
    }

    private static string Speed(string speed) => speed == SettlementSpeeds.T0 ? "T+0" : "T+1";

    private static void OneOf(FieldProblems problems, string field, string? value, IReadOnlyList<string> allowed)
    {
        if (value is null || !allowed.Contains(value))
            problems.Add(field, new($"{field} '{value}' 无效，可选 {string.Join("、", allowed)}", $"{field} '{value}' is not valid; use one of {string.Join(", ", allowed)}"));
    }

    private static void CheckPrice(FieldProblems problems, TicketRequest r, BondView? bond)
    {
        switch (r.PriceKind)
        {
            case PriceKinds.CleanPrice or PriceKinds.FullPrice when r.Price is <= 0 or > 1000:
                problems.Add("price", new("价格（每百元面值）须在 0 到 1000 之间", "price per 100 face must be between 0 and 1000"));
                break;
            case PriceKinds.YieldToMaturity or PriceKinds.YieldToExercise when r.Price is <= -5 or >= 50:
                problems.Add("price", new("收益率（%）须在 -5 到 50 之间", "a yield in percent must be between -5 and 50"));
                break;
            case PriceKinds.YieldToExercise when bond is { OptionKind: null }:
                problems.Add("priceKind", new($"债券 {bond.ShortName} 不含权，没有行权收益率", $"bond {bond.ShortName} has no call or put, so no yield to exercise"));
                break;
        }
    }
}
