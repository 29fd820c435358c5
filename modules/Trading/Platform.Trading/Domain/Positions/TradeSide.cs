namespace Platform.Trading.Domain.Positions;

/// Which way a trade moves the book's holding: a buy (买入) adds face, a sell (卖出) takes it away and may open a short.
public enum TradeSide
{
    Buy,
    Sell,
}
