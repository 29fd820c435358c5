using System.Collections.Immutable;
using Platform.SharedKernel;
using Platform.Trading.Contracts.ReferenceData;

namespace Platform.Trading.Domain.Positions;

/// One book's holding of one bond (持仓), folded from its trades in settlement-date order by the pure <see cref="Apply"/>.
/// Face, cost, realised P&L and accrued interest are decimal yuan (signed: a short has negative face and cost); average
/// cost is a double per 100 face. Fair-value books (FVTPL) keep a weighted-average cost; amortised-cost books (AC, FVOCI)
/// keep FIFO lots with their effective yields (see the module README, "Positions and P&L"). Realised P&L is on a clean-price basis: accrued interest
/// bought and sold is interest, kept apart in <see cref="AccruedPaidYuan"/> and <see cref="AccruedReceivedYuan"/>.
/// Lots compare by reference, so two ledgers replayed apart are equal in value but not by <c>Equals</c>.
public sealed record PositionLedger
{
    public string BookId { get; }
    public string AccountingClass { get; }
    public PositionBond Bond { get; }
    public decimal FaceYuan { get; private init; }

    /// The clean cost of what is held, signed as the face: average cost × face, or the sum of the open lots' costs.
    public decimal CostYuan { get; private init; }

    public decimal RealisedPnlYuan { get; private init; }
    public decimal AccruedPaidYuan { get; private init; }
    public decimal AccruedReceivedYuan { get; private init; }

    /// Open lots, oldest first; empty in an FVTPL book.
    public ImmutableArray<PositionLot> Lots { get; private init; } = [];

    public DateOnly? LastSettlementDate { get; private init; }
    public int TradeCount { get; private init; }

    private PositionLedger(string bookId, string accountingClass, PositionBond bond) =>
        (BookId, AccountingClass, Bond) = (bookId, accountingClass, bond);

    public static PositionLedger Open(string bookId, string accountingClass, PositionBond bond)
    {
        if (string.IsNullOrWhiteSpace(bookId)) throw new DomainException(new LocalizedText("账簿不能为空", "bookId is required").Current, "bookId");
        if (!AccountingClasses.All.Contains(accountingClass))
            throw new DomainException(new LocalizedText($"未知会计分类 '{accountingClass}'，可选 AC、FVOCI、FVTPL",
                $"unknown accountingClass '{accountingClass}'; use AC, FVOCI or FVTPL").Current, "accountingClass");
        ArgumentNullException.ThrowIfNull(bond);
        return new(bookId, accountingClass, bond);
    }

    /// Sorts by settlement date, then trade date (stable: trades on the same dates keep their booking order), and folds.
    public static PositionLedger Replay(string bookId, string accountingClass, PositionBond bond, IEnumerable<PositionTrade> trades) =>
        trades.OrderBy(t => t.SettlementDate).ThenBy(t => t.TradeDate).Aggregate(Open(bookId, accountingClass, bond), (ledger, trade) => ledger.Apply(trade));

    public string BondId => Bond.BondId;
    public decimal FaceWan => FaceYuan / 10_000m;

    /// Whether the book carries the bond at amortised cost (AC and FVOCI), and so keeps lots.
    public bool IsAmortisedCost => AccountingClass != AccountingClasses.Fvtpl;

    /// Clean cost per 100 face of what is held; null when flat.
    public double? AverageCleanCost => FaceYuan == 0 ? null : PositionMoney.PerHundred(CostYuan, FaceYuan);

    public PositionLedger Apply(PositionTrade trade)
    {
        TradeOrder.Check(this, trade);
        var change = IsAmortisedCost ? FifoLotFold.Apply(Bond, Lots, trade) : AverageCostFold.Apply(FaceYuan, CostYuan, trade);
        var buy = trade.Side == TradeSide.Buy;
        return this with
        {
            FaceYuan = change.FaceYuan,
            CostYuan = change.CostYuan,
            Lots = change.Lots,
            RealisedPnlYuan = RealisedPnlYuan + change.RealisedYuan,
            AccruedPaidYuan = AccruedPaidYuan + (buy ? trade.AccruedAmountYuan : 0),
            AccruedReceivedYuan = AccruedReceivedYuan + (buy ? 0 : trade.AccruedAmountYuan),
            LastSettlementDate = trade.SettlementDate,
            TradeCount = TradeCount + 1,
        };
    }

    /// The effective-interest carrying amount (clean, signed) of the open lots on a date. AC and FVOCI books only.
    public decimal AmortisedCostYuan(DateOnly date)
    {
        if (!IsAmortisedCost)
            throw new DomainException(new LocalizedText("以公允价值计量且其变动计入当期损益（FVTPL）的账簿没有摊余成本",
                "an FVTPL book is carried at fair value: it has no amortised cost").Current, "accountingClass");
        var total = 0m;
        foreach (var lot in Lots) total += EffectiveInterest.AmortisedCostYuan(Bond, lot, date);
        return total;
    }
}
