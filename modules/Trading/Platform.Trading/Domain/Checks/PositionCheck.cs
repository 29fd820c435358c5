using Platform.Trading.Contracts.Tickets;

namespace Platform.Trading.Domain.Checks;

/// A sale needs the face available in the book: held, less what open tickets have promised to sell, unless the book
/// may go short. The book's entity makes the same decision again when the ticket reaches it, so two sales at once
/// cannot both pass on the same holding.
public sealed class PositionCheck : IPreTradeCheck
{
    public string Name => CheckNames.Position;
    public int Order => 40;

    public Task<CheckResult> CheckAsync(PreTradeCheckContext context, CancellationToken ct) => Task.FromResult(Check(context));

    public CheckResult Check(PreTradeCheckContext context)
    {
        if (context.Request.Direction != TradeDirections.Sell)
            return Verdict.Pass(Name, new($"买入；持仓 {Verdict.Wan(context.HeldFaceWan)}", $"a buy; holding {Verdict.Wan(context.HeldFaceWan)}"));
        var available = context.HeldFaceWan - context.ReservedFaceWan;
        if (context.Request.FaceWan <= available)
            return Verdict.Pass(Name, new($"可卖 {Verdict.Wan(available)}", $"{Verdict.Wan(available)} available to sell"));
        if (context.Book.AllowShort)
            return Verdict.Warn(Name, new($"可卖 {Verdict.Wan(available)}，本笔将形成空头（账簿允许卖空）", $"only {Verdict.Wan(available)} available: this sale goes short (the book allows it)"));
        return Verdict.Fail(Name, new($"可卖面额 {Verdict.Wan(available)}（持仓 {Verdict.Wan(context.HeldFaceWan)}，待卖 {Verdict.Wan(context.ReservedFaceWan)}）不足 {Verdict.Wan(context.Request.FaceWan)}，账簿 {context.Book.Name} 不允许卖空",
            $"{Verdict.Wan(available)} available (holding {Verdict.Wan(context.HeldFaceWan)}, promised {Verdict.Wan(context.ReservedFaceWan)}) is less than {Verdict.Wan(context.Request.FaceWan)}, and book {context.Book.Name} may not go short"));
    }
}
