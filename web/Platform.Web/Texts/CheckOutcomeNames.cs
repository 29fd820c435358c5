using Platform.SharedKernel;
using Platform.Trading.Contracts.Tickets;

namespace Platform.Web.Texts;

/// A pre-trade check's verdict in words.
public static class CheckOutcomeNames
{
    public static LocalizedText Of(string outcome) => outcome switch
    {
        CheckOutcomes.Pass => new("通过", "Pass"),
        CheckOutcomes.Warn => new("预警", "Warning"),
        CheckOutcomes.Fail => new("未通过", "Fail"),
        _ => new(outcome, outcome),
    };
}
