using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Contracts.Tickets;

namespace Platform.Trading.Domain.Checks;

/// The counterparty may be traded with (白名单; under watch warns, suspended refuses) and the face outstanding with it,
/// this ticket included, stays within its credit line.
public sealed class CounterpartyCheck : IPreTradeCheck
{
    public string Name => CheckNames.Counterparty;
    public int Order => 30;

    public Task<CheckResult> CheckAsync(PreTradeCheckContext context, CancellationToken ct) => Task.FromResult(Check(context));

    public CheckResult Check(PreTradeCheckContext context)
    {
        var cp = context.Counterparty;
        if (cp.WhitelistStatus == WhitelistStatuses.Suspended)
            return Verdict.Fail(Name, new($"交易对手 {cp.ShortName} 已暂停交易（不在白名单内）", $"counterparty {cp.ShortName} is suspended (not on the whitelist)"));
        var after = context.CounterpartyExposureWan + context.Request.FaceWan;
        if (after > cp.CreditLineWan)
            return Verdict.Fail(Name, new($"{cp.ShortName} 授信额度 {Verdict.Wan(cp.CreditLineWan)}，已用 {Verdict.Wan(context.CounterpartyExposureWan)}，本笔 {Verdict.Wan(context.Request.FaceWan)} 将超限",
                $"{cp.ShortName}'s credit line is {Verdict.Wan(cp.CreditLineWan)} with {Verdict.Wan(context.CounterpartyExposureWan)} used: {Verdict.Wan(context.Request.FaceWan)} more would exceed it"));
        var headroom = $"{Verdict.Wan(cp.CreditLineWan - after)}";
        if (cp.WhitelistStatus == WhitelistStatuses.Watch)
            return Verdict.Warn(Name, new($"交易对手 {cp.ShortName} 处于观察名单；授信余额 {headroom}", $"counterparty {cp.ShortName} is under watch; credit headroom {headroom}"));
        return Verdict.Pass(Name, new($"白名单内；授信余额 {headroom}", $"on the whitelist; credit headroom {headroom}"));
    }
}
