namespace Platform.Trading.Domain.Positions;

/// One purchase (or, in a short, one sale) still open in an amortised-cost book (AC, FVOCI), kept for FIFO (先进先出)
/// disposal and effective-interest accretion. <see cref="FaceYuan"/> is signed (negative for a short lot) and decimal;
/// <see cref="CleanPrice"/> (the original clean cost per 100) and <see cref="EffectiveYield"/> (the yield of the dirty
/// price paid, decimal fraction) are doubles.
public readonly record struct PositionLot(string TradeId, DateOnly SettlementDate, decimal FaceYuan, double CleanPrice, double EffectiveYield)
{
    /// What the lot cost on a clean basis, signed as the face.
    public decimal CostYuan => PositionMoney.Yuan(CleanPrice, FaceYuan);
}
