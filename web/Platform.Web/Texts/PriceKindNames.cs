using Platform.SharedKernel;
using Platform.Trading.Contracts.Tickets;

namespace Platform.Web.Texts;

/// What a ticket's price is, and how its input is labelled: per 100 face for prices, per cent for yields.
public static class PriceKindNames
{
    public static LocalizedText Of(string kind) => kind switch
    {
        PriceKinds.CleanPrice => new("净价", "Clean price"),
        PriceKinds.FullPrice => new("全价", "Full price"),
        PriceKinds.YieldToMaturity => new("到期收益率", "Yield to maturity"),
        PriceKinds.YieldToExercise => new("行权收益率", "Yield to exercise"),
        _ => new(kind, kind),
    };

    public static bool IsYield(string kind) => kind is PriceKinds.YieldToMaturity or PriceKinds.YieldToExercise;

    /// The unit after a typed price: 元/百元面值 or %.
    public static LocalizedText Unit(string kind) => IsYield(kind) ? new("%", "%") : new("元/百元面值", "per 100 face");
}
