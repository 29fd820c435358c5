namespace Platform.Trading.Contracts.Tickets;

/// 清算速度: settlement on the trade date (T+0) or the next inter-bank business day (T+1).
public static class SettlementSpeeds
{
    public const string T0 = "T0";
    public const string T1 = "T1";

    public static IReadOnlyList<string> All { get; } = [T0, T1];
}
