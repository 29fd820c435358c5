using Platform.SharedKernel;
using Platform.Trading.Contracts.Quotes;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Domain.ReferenceData;

namespace Platform.Trading.Domain.Quotes;

/// What a dealer quote must satisfy before it goes on the board: a bond traded on the inter-bank market (a CFETS code),
/// at least one side, each side a yield with its face, yields in a sane range and at most 4 decimals (0.01 bp, as CFETS
/// shows them), faces above 0 in multiples of the bond's minimum, and the bid yield not below the ask yield. Every
/// problem is collected and reported by field.
public static class QuoteRules
{
    public const decimal MinYieldPct = -5m;
    public const decimal MaxYieldPct = 50m;
    public const int YieldDecimals = 4;
    public const int MaxRemarks = 200;

    /// <paramref name="bond"/>: the bond the entry names, or null when there is none; <paramref name="today"/>: the
    /// market's date, on which a bond that has matured can no longer be quoted.
    public static FieldProblems Check(QuoteEntry entry, BondView? bond, DateOnly today)
    {
        var problems = new FieldProblems();
        if (bond is null)
            problems.Add("bondId", new($"债券 '{entry.BondId}' 不存在", $"bond '{entry.BondId}' does not exist"));
        else if (!bond.Codes.Any(c => c.Market == Markets.Cfets))
            problems.Add("bondId", new($"债券 {bond.ShortName} 不在银行间市场交易（无 CFETS 代码），不能报价",
                $"bond {bond.ShortName} is not traded on the inter-bank market (no CFETS code): it cannot be quoted"));
        else if (bond.MaturityDate <= today)
            problems.Add("bondId", new($"债券 {bond.ShortName} 已于 {bond.MaturityDate:yyyy-MM-dd} 到期，不能报价", $"bond {bond.ShortName} matured on {bond.MaturityDate:yyyy-MM-dd}: it cannot be quoted"));

        if (entry is { BidYieldPct: null, AskYieldPct: null, BidFaceWan: null, AskFaceWan: null })
            problems.Add("bidYieldPct", new("请至少报一边：买入收益率及面额，或卖出收益率及面额", "give at least one side: a bid yield with its face, or an ask yield with its face"));
        Side(problems, entry.BidYieldPct, entry.BidFaceWan, bond, "bid", new("买入", "bid"));
        Side(problems, entry.AskYieldPct, entry.AskFaceWan, bond, "ask", new("卖出", "ask"));
        // For yields a buyer wants the higher one: a bid yield under the ask yield would trade at once (a crossed quote).
        if (entry is { BidYieldPct: { } bid, AskYieldPct: { } ask } && bid < ask && !problems.Has("bidYieldPct") && !problems.Has("askYieldPct"))
            problems.Add("bidYieldPct", new($"买入收益率 {bid}% 低于卖出收益率 {ask}%，报价倒挂：按收益率报价时买方要求更高的收益率，买入收益率须不低于卖出收益率",
                $"bid yield {bid}% is below ask yield {ask}%: the quote is crossed. Quoting in yield, buyers want the higher yield, so the bid yield must be at or above the ask yield"));
        if (entry.Remarks is { Length: > MaxRemarks })
            problems.Add("remarks", new($"备注最多 {MaxRemarks} 个字符", $"remarks must be at most {MaxRemarks} characters"));
        return problems;
    }

    private static void Side(FieldProblems problems, decimal? yieldPct, decimal? faceWan, BondView? bond, string side, LocalizedText name)
    {
        var yieldField = side + "YieldPct";
        var faceField = side + "FaceWan";
        if (yieldPct is null && faceWan is not null)
            problems.Add(yieldField, new($"给出了{name.Zh}面额，请一并给出{name.Zh}收益率", $"a {name.En} face needs its {name.En} yield"));
        if (yieldPct is { } y)
        {
            if (y < MinYieldPct || y > MaxYieldPct)
                problems.Add(yieldField, new($"{name.Zh}收益率（%）须在 {MinYieldPct} 到 {MaxYieldPct} 之间", $"the {name.En} yield in percent must be between {MinYieldPct} and {MaxYieldPct}"));
            else if (decimal.Round(y, YieldDecimals) != y)
                problems.Add(yieldField, new($"{name.Zh}收益率最多 {YieldDecimals} 位小数", $"the {name.En} yield may have at most {YieldDecimals} decimals"));
            if (faceWan is null)
                problems.Add(faceField, new($"请给出{name.Zh}面额（万元）", $"the {name.En} yield needs its face ({name.En}FaceWan, 万元)"));
        }
        if (faceWan is { } face)
        {
            if (face <= 0)
                problems.Add(faceField, new($"{name.Zh}面额（万元）须大于 0", $"the {name.En} face (万元) must be above 0"));
            else if (bond is { MinFaceWan: > 0 } b && face % b.MinFaceWan != 0)
                problems.Add(faceField, new($"{name.Zh}面额 {face} 万须为最小交易面额 {b.MinFaceWan} 万的整数倍",
                    $"the {name.En} face {face} 万 must be a multiple of the bond's minimum {b.MinFaceWan} 万"));
        }
    }
}
