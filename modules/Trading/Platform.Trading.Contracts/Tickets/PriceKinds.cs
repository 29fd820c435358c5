namespace Platform.Trading.Contracts.Tickets;

/// What the trader's price is: clean price (净价), full price (全价), yield to maturity (到期收益率) or yield to exercise
/// (行权收益率), prices per 100 face and yields in percent; the others are computed by Analytics.
public static class PriceKinds
{
    public const string CleanPrice = "CleanPrice";
    public const string FullPrice = "FullPrice";
    public const string YieldToMaturity = "YieldToMaturity";
    public const string YieldToExercise = "YieldToExercise";

    public static IReadOnlyList<string> All { get; } = [CleanPrice, FullPrice, YieldToMaturity, YieldToExercise];
}
