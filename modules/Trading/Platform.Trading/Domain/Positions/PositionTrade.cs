using Platform.SharedKernel;

namespace Platform.Trading.Domain.Positions;

/// A booked spot trade as the position fold sees it. Face in 万元 and every amount are decimals (money never goes
/// through double); prices are doubles per 100 face at settlement (analytics values). Validated once by <see cref="Of"/>.
public sealed record PositionTrade
{
    /// Clean + accrued may differ from the dirty price by the rounding of quoted prices to 4 decimals, no more.
    private const double PriceSumTolerance = 1e-4;

    public string TradeId { get; }
    public string BondId { get; }
    public TradeSide Side { get; }
    public decimal FaceWan { get; }
    public double CleanPrice { get; }
    public double AccruedPerHundred { get; }
    public double DirtyPrice { get; }
    public DateOnly TradeDate { get; }
    public DateOnly SettlementDate { get; }

    private PositionTrade(string tradeId, string bondId, TradeSide side, decimal faceWan, double cleanPrice, double accruedPerHundred, double dirtyPrice,
        DateOnly tradeDate, DateOnly settlementDate) =>
        (TradeId, BondId, Side, FaceWan, CleanPrice, AccruedPerHundred, DirtyPrice, TradeDate, SettlementDate) =
        (tradeId, bondId, side, faceWan, cleanPrice, accruedPerHundred, dirtyPrice, tradeDate, settlementDate);

    public static PositionTrade Of(string tradeId, string bondId, TradeSide side, decimal faceWan, double cleanPrice, double accruedPerHundred, double dirtyPrice,
        DateOnly tradeDate, DateOnly settlementDate)
    {
        Require(!string.IsNullOrWhiteSpace(tradeId), "tradeId", new("成交编号不能为空", "tradeId is required"));
        Require(!string.IsNullOrWhiteSpace(bondId), "bondId", new("债券代码不能为空", "bondId is required"));
        Require(Enum.IsDefined(side), "side", new($"未知买卖方向 {side}", $"unknown side {side}"));
        Require(faceWan > 0, "faceWan", new($"券面金额（万元）须大于 0，实为 {faceWan}", $"faceWan must be above 0, was {faceWan}"));
        Require(IsPrice(cleanPrice), "cleanPrice", new($"净价须在 0 到 1000 之间，实为 {cleanPrice}", $"cleanPrice must be above 0 and at most 1000 per 100 face, was {cleanPrice}"));
        Require(double.IsFinite(accruedPerHundred) && accruedPerHundred >= 0, "accruedPerHundred",
            new($"应计利息不能为负，实为 {accruedPerHundred}", $"accruedPerHundred must be 0 or more, was {accruedPerHundred}"));
        Require(IsPrice(dirtyPrice), "dirtyPrice", new($"全价须在 0 到 1000 之间，实为 {dirtyPrice}", $"dirtyPrice must be above 0 and at most 1000 per 100 face, was {dirtyPrice}"));
        Require(Math.Abs(cleanPrice + accruedPerHundred - dirtyPrice) <= PriceSumTolerance, "dirtyPrice",
            new($"全价 {dirtyPrice} 不等于净价 {cleanPrice} 加应计利息 {accruedPerHundred}", $"dirtyPrice {dirtyPrice} is not cleanPrice {cleanPrice} plus accruedPerHundred {accruedPerHundred}"));
        Require(settlementDate >= tradeDate, "settlementDate",
            new($"结算日 {settlementDate:yyyy-MM-dd} 早于成交日 {tradeDate:yyyy-MM-dd}", $"settlementDate {settlementDate:yyyy-MM-dd} is before tradeDate {tradeDate:yyyy-MM-dd}"));
        return new(tradeId, bondId, side, faceWan, cleanPrice, accruedPerHundred, dirtyPrice, tradeDate, settlementDate);
    }

    public decimal FaceYuan => FaceWan * 10_000m;

    /// Face in yuan with the sign of the trade: positive for a buy, negative for a sell.
    public decimal SignedFaceYuan => Side == TradeSide.Buy ? FaceYuan : -FaceYuan;

    public decimal CleanAmountYuan => PositionMoney.Yuan(CleanPrice, FaceYuan);
    public decimal AccruedAmountYuan => PositionMoney.Yuan(AccruedPerHundred, FaceYuan);

    /// What settles (结算金额): unrounded; rounding to the fen is the settlement instruction's business.
    public decimal DirtyAmountYuan => PositionMoney.Yuan(DirtyPrice, FaceYuan);

    private static bool IsPrice(double price) => double.IsFinite(price) && price > 0 && price <= 1000;

    private static void Require(bool condition, string field, LocalizedText message)
    {
        if (!condition) throw new DomainException(message.Current, field);
    }
}
