using Platform.Analytics.Bonds;
using Platform.SharedKernel;

namespace Platform.Analytics.Forwards;

/// Cash settlement of standard bond forwards 标准债券远期 (上海清算所): each basket bond's quote on the last trading
/// day becomes a yield (China inter-bank convention, settling that day), the notional bond is priced at delivery from
/// those yields by the contract's averaging rule, and the long side receives (settlement − contract price) × face/100.
/// Prices per 100 face and amounts are doubles; clearing rounds money to the fen as decimal outside this library.
public static class StandardBondForwardSettlement
{
    private const double MaxPrice = 1000;

    public static StandardBondForwardSettlementPrice SettlementPrice(StandardBondForwardContract contract, IReadOnlyList<BasketBondQuote> basket)
    {
        ArgumentNullException.ThrowIfNull(contract);
        if (basket is not { Count: > 0 })
            throw new DomainException("the deliverable basket is empty: a settlement price needs at least one bond", "basket");

        var valuations = new BasketBondValuation[basket.Count];
        double yieldSum = 0, priceSum = 0;
        for (var i = 0; i < basket.Count; i++)
        {
            var y = YieldOf(basket[i], contract.LastTradingDay, i);
            var price = NotionalPrice(contract, y);
            valuations[i] = new BasketBondValuation(y, price);
            yieldSum += y;
            priceSum += price;
        }
        var meanYield = yieldSum / basket.Count;
        var settlement = contract.Terms.Averaging == BasketAveraging.MeanOfPrices
            ? priceSum / basket.Count
            : NotionalPrice(contract, meanYield);
        return new StandardBondForwardSettlementPrice(settlement, meanYield, contract.Terms.Averaging, Array.AsReadOnly(valuations));
    }

    /// What the <paramref name="side"/> receives (negative: pays) on <paramref name="face"/> of the notional bond when
    /// the contract traded at <paramref name="contractPrice"/> settles at <paramref name="settlementPrice"/>. The same
    /// formula gives daily variation with the day's settlement price against the previous one.
    public static double FinalSettlementAmount(double settlementPrice, double contractPrice, double face, ForwardSide side)
    {
        CheckPrice(settlementPrice, "settlementPrice");
        CheckPrice(contractPrice, "contractPrice");
        if (!double.IsFinite(face) || face <= 0)
            throw new DomainException($"face must be a positive amount, was {face}", "face");
        var longAmount = (settlementPrice - contractPrice) * face / 100;
        return side switch
        {
            ForwardSide.Long => longAmount,
            ForwardSide.Short => -longAmount,
            _ => throw new DomainException($"unknown side {side}", "side"),
        };
    }

    private static double NotionalPrice(StandardBondForwardContract contract, double yield) =>
        ChinaFixedBondPricer.FromYield(contract.NotionalBond, contract.DeliveryDate, yield).CleanPrice;

    private static double YieldOf(BasketBondQuote quote, DateOnly lastTradingDay, int index)
    {
        var field = $"basket[{index}]";
        var bond = quote.Bond.Bond;
        if (lastTradingDay < bond.IssueDate || lastTradingDay >= bond.MaturityDate)
            throw new DomainException($"basket bond {index} ({bond.IssueDate:yyyy-MM-dd} to {bond.MaturityDate:yyyy-MM-dd}) is not outstanding on the last trading day {lastTradingDay:yyyy-MM-dd}", field);
        try
        {
            return quote.Kind switch
            {
                BasketQuoteKind.Yield => ChinaFixedBondPricer.FromYield(quote.Bond, lastTradingDay, quote.Value).Yield,
                BasketQuoteKind.CleanPrice => ChinaFixedBondPricer.FromCleanPrice(quote.Bond, lastTradingDay, quote.Value).Yield,
                _ => throw new DomainException($"unknown quote kind {quote.Kind}", field + ".kind"),
            };
        }
        catch (DomainException ex) when (ex.Field is "yield" or "cleanPrice")
        {
            throw new DomainException($"basket bond {index}: {ex.Message}", $"{field}.{ex.Field}");
        }
    }

    private static void CheckPrice(double price, string field)
    {
        if (!double.IsFinite(price) || price <= 0 || price > MaxPrice)
            throw new DomainException($"{field} must be above 0 and at most {MaxPrice} per 100 face, was {price}", field);
    }
}
