namespace Platform.Trading.Domain.Positions;

/// The one place a price (double, per 100 face) meets money (decimal yuan). The conversion keeps the price's 15
/// significant digits, so an amount such as 99.1234 per 100 on 1,000 万元 is exact. × 0.01m is as exact as / 100m and
/// several times cheaper, which matters when a book of thousands of bonds is revalued.
internal static class PositionMoney
{
    public static decimal Yuan(double pricePerHundred, decimal faceYuan) => (decimal)pricePerHundred * faceYuan * 0.01m;

    /// Money per 100 face, as a price: a double, like every price.
    public static double PerHundred(decimal yuan, decimal faceYuan) => (double)yuan / (double)faceYuan * 100;
}
