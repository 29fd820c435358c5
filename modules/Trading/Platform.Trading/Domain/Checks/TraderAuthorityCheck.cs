using Platform.Trading.Contracts.Tickets;

namespace Platform.Trading.Domain.Checks;

/// The trader is authorised in the book, and the face is within their authority per ticket.
public sealed class TraderAuthorityCheck : IPreTradeCheck
{
    public string Name => CheckNames.TraderAuthority;
    public int Order => 50;

    public Task<CheckResult> CheckAsync(PreTradeCheckContext context, CancellationToken ct) => Task.FromResult(Check(context));

    public CheckResult Check(PreTradeCheckContext context)
    {
        var authority = context.Book.Traders.FirstOrDefault(t => string.Equals(t.UserName, context.Trader, StringComparison.OrdinalIgnoreCase));
        if (authority is null)
            return Verdict.Fail(Name, new($"{context.Trader} 未获授权在账簿 {context.Book.Name} 交易", $"{context.Trader} is not authorised to trade in book {context.Book.Name}"));
        if (context.Request.FaceWan > authority.MaxFacePerTicketWan)
            return Verdict.Fail(Name, new($"面额 {Verdict.Wan(context.Request.FaceWan)} 超过 {context.Trader} 的单笔权限 {Verdict.Wan(authority.MaxFacePerTicketWan)}",
                $"face {Verdict.Wan(context.Request.FaceWan)} is beyond {context.Trader}'s authority of {Verdict.Wan(authority.MaxFacePerTicketWan)} per ticket"));
        return Verdict.Pass(Name, new($"单笔权限 {Verdict.Wan(authority.MaxFacePerTicketWan)}", $"authority {Verdict.Wan(authority.MaxFacePerTicketWan)} per ticket"));
    }
}
