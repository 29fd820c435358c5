using Microsoft.Extensions.Options;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Contracts.Tickets;

namespace Platform.Trading.Domain.Checks;

/// 偏离度: how far the clean price is from the bond's latest valuation before the trade date, in percent of that
/// valuation, against thresholds for the bond's group (rates, NCDs, credit). Above the warning threshold the ticket
/// needs risk approval; above the refusal threshold it is refused. A bond with no valuation warns.
public sealed class PriceDeviationCheck(IOptions<TradingOptions> options) : IPreTradeCheck
{
    public string Name => CheckNames.PriceDeviation;
    public int Order => 20;

    public Task<CheckResult> CheckAsync(PreTradeCheckContext context, CancellationToken ct) => Task.FromResult(Check(context));

    public DeviationLimit LimitFor(string bondType) => bondType switch
    {
        BondTypes.Treasury or BondTypes.LocalGovernment or BondTypes.PolicyBank => options.Value.RatesDeviation,
        BondTypes.Ncd => options.Value.NcdDeviation,
        _ => options.Value.CreditDeviation,
    };

    public CheckResult Check(PreTradeCheckContext context)
    {
        var e = context.Economics;
        if (e.DeviationPct is not { } pct || e.ValuationDate is not { } date)
            return Verdict.Warn(Name, new("无估值，无法计算偏离度", "no valuation: the deviation cannot be computed"));
        var limit = LimitFor(context.Bond.BondType);
        var size = Math.Abs(pct);
        var text = $"{pct:+0.000;-0.000;0.000}%";
        var bp = e.DeviationBp is { } b ? $"{b:+0.0;-0.0;0.0} bp" : "";
        if (size > limit.FailPct)
            return Verdict.Fail(Name, new($"净价偏离 {date:yyyy-MM-dd} 估值 {e.ValuationCleanPrice:0.0000} 达 {text}（{bp}），超过上限 {limit.FailPct}%",
                $"the clean price is {text} ({bp}) off the {date:yyyy-MM-dd} valuation {e.ValuationCleanPrice:0.0000}, beyond the {limit.FailPct}% limit"));
        if (size > limit.WarnPct)
            return Verdict.Warn(Name, new($"净价偏离估值 {text}（{bp}），超过预警值 {limit.WarnPct}%，需风控审批",
                $"the clean price is {text} ({bp}) off the valuation, beyond the {limit.WarnPct}% warning level: risk approves it"));
        return Verdict.Pass(Name, new($"净价偏离 {date:yyyy-MM-dd} 估值 {text}（{bp}）", $"{text} ({bp}) off the {date:yyyy-MM-dd} valuation"));
    }
}
