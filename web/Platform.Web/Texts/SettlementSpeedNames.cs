using Platform.SharedKernel;
using Platform.Trading.Contracts.Tickets;

namespace Platform.Web.Texts;

/// 清算速度, as the market writes it in both languages.
public static class SettlementSpeedNames
{
    public static LocalizedText Of(string speed) => speed switch
    {
        SettlementSpeeds.T0 => new("T+0", "T+0"),
        SettlementSpeeds.T1 => new("T+1", "T+1"),
        _ => new(speed, speed),
    };
}
