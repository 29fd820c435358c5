using Platform.SharedKernel;
using Platform.Trading.Contracts.Tickets;

namespace Platform.Trading.Domain.Checks;

/// Shorthands for check results in the current language.
internal static class Verdict
{
    public static CheckResult Pass(string check, LocalizedText message) => new(check, CheckOutcomes.Pass, message.Current);
    public static CheckResult Warn(string check, LocalizedText message) => new(check, CheckOutcomes.Warn, message.Current);
    public static CheckResult Fail(string check, LocalizedText message) => new(check, CheckOutcomes.Fail, message.Current);

    public static string Wan(decimal faceWan) => faceWan.ToString("#,##0.####", System.Globalization.CultureInfo.InvariantCulture) + " 万";
}
