using Platform.SharedKernel;

namespace Platform.Trading.Domain.Positions;

/// What a trade must satisfy to be folded into a ledger: the ledger's bond, settling before maturity, and not before
/// the last trade folded, since FIFO lots and amortised cost on disposal depend on the order of settlement.
internal static class TradeOrder
{
    public static void Check(PositionLedger ledger, PositionTrade trade)
    {
        if (trade.BondId != ledger.BondId)
            throw new DomainException(new LocalizedText($"成交 {trade.TradeId} 的债券 {trade.BondId} 不是本持仓的债券 {ledger.BondId}",
                $"trade {trade.TradeId} is in bond {trade.BondId}, not this position's bond {ledger.BondId}").Current, "bondId");
        if (trade.SettlementDate >= ledger.Bond.MaturityDate)
            throw new DomainException(new LocalizedText($"成交 {trade.TradeId} 的结算日 {trade.SettlementDate:yyyy-MM-dd} 不早于到期日 {ledger.Bond.MaturityDate:yyyy-MM-dd}",
                $"trade {trade.TradeId} settles {trade.SettlementDate:yyyy-MM-dd}, not before maturity {ledger.Bond.MaturityDate:yyyy-MM-dd}").Current, "settlementDate");
        if (ledger.LastSettlementDate is { } last && trade.SettlementDate < last)
            throw new DomainException(new LocalizedText($"成交 {trade.TradeId} 结算于 {trade.SettlementDate:yyyy-MM-dd}，早于已计入的 {last:yyyy-MM-dd}：请按结算日重放（Replay）",
                $"trade {trade.TradeId} settles {trade.SettlementDate:yyyy-MM-dd}, before {last:yyyy-MM-dd} already applied: replay the trades in settlement order").Current, "settlementDate");
    }
}
