using Platform.SharedKernel;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Contracts.Tickets;
using Platform.Trading.Domain.Pricing;

namespace Platform.Trading.Domain.Tickets;

/// Turns the trader's price into every other view of it (clean, full, yields), the settlement amount and the deviation
/// from the day's valuation. The valuation's yield is to exercise while a call or put is ahead, so the deviation in
/// basis points compares like with like.
public static class TicketEconomicsCalculator
{
    public static TicketEconomics Compute(BondView bond, PricedBond priced, string direction, string priceKind, decimal price, decimal faceWan,
        DateOnly tradeDate, DateOnly settlementDate, ValuationView? valuation)
    {
        var quoted = (double)price;
        var measures = priceKind switch
        {
            PriceKinds.CleanPrice => priced.FromCleanPrice(settlementDate, quoted),
            PriceKinds.FullPrice => priced.FromDirtyPrice(settlementDate, quoted),
            PriceKinds.YieldToMaturity => priced.FromYield(settlementDate, quoted / 100),
            PriceKinds.YieldToExercise => priced.FromCleanPrice(settlementDate, priced.FromYield(settlementDate, quoted / 100, toExercise: true).CleanPrice),
            _ => throw new DomainException(new LocalizedText($"未知报价方式 '{priceKind}'", $"unknown priceKind '{priceKind}'").Current, "priceKind"),
        };
        double? toExercise = priced.ExerciseDate is { } exercise && settlementDate < exercise
            ? priced.FromCleanPrice(settlementDate, measures.CleanPrice, toExercise: true).Yield
            : null;
        var faceYuan = faceWan * 10_000m;
        var sign = direction == TradeDirections.Sell ? -1m : 1m;
        double? deviationPct = null, deviationBp = null;
        if (valuation is not null)
        {
            deviationPct = (measures.CleanPrice - valuation.CleanPrice) / valuation.CleanPrice * 100;
            var comparable = priced.ExerciseDate is { } e && valuation.Date < e && toExercise is { } yte ? yte : measures.Yield;
            deviationBp = (comparable - valuation.Yield) * 10_000;
        }
        return new TicketEconomics(
            tradeDate, settlementDate, measures.CleanPrice, measures.DirtyPrice, measures.AccruedInterest, measures.Yield, toExercise,
            Math.Round((decimal)measures.DirtyPrice * faceYuan / 100m, 2), Math.Round((decimal)measures.AccruedInterest * faceYuan / 100m, 2),
            Math.Round(sign * (decimal)measures.Dv01 * faceYuan / 100m, 2),
            valuation?.Date, valuation?.CleanPrice, valuation?.Yield, deviationPct, deviationBp);
    }
}
