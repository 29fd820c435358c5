using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Contracts.Tickets;

namespace Platform.Trading.Domain.Checks;

/// The checks a centrally cleared derivative passes before booking. SHCH becomes the counterparty, so no bilateral
/// credit line is used; but the counterparty must still be one the firm trades with (suspended refuses, under watch
/// warns), and the trader must be authorised in the book with the notional within their authority per ticket.
public static class DerivativeChecks
{
    public static IReadOnlyList<CheckResult> Run(CounterpartyView counterparty, BookNodeView book, string trader, decimal notionalWan) =>
        [Counterparty(counterparty), Authority(book, trader, notionalWan)];

    private static CheckResult Counterparty(CounterpartyView cp) => cp.WhitelistStatus switch
    {
        WhitelistStatuses.Suspended => Verdict.Fail(CheckNames.Counterparty, new($"交易对手 {cp.ShortName} 已暂停交易（不在白名单内）", $"counterparty {cp.ShortName} is suspended (not on the whitelist)")),
        WhitelistStatuses.Watch => Verdict.Warn(CheckNames.Counterparty, new($"交易对手 {cp.ShortName} 处于观察名单；集中清算，不占用双边授信", $"counterparty {cp.ShortName} is under watch; centrally cleared, no bilateral credit line used")),
        _ => Verdict.Pass(CheckNames.Counterparty, new("白名单内；集中清算，不占用双边授信", "on the whitelist; centrally cleared, no bilateral credit line used")),
    };

    private static CheckResult Authority(BookNodeView book, string trader, decimal notionalWan)
    {
        var authority = book.Traders.FirstOrDefault(t => string.Equals(t.UserName, trader, StringComparison.OrdinalIgnoreCase));
        if (authority is null)
            return Verdict.Fail(CheckNames.TraderAuthority, new($"{trader} 未获授权在账簿 {book.Name} 交易", $"{trader} is not authorised to trade in book {book.Name}"));
        if (notionalWan > authority.MaxFacePerTicketWan)
            return Verdict.Fail(CheckNames.TraderAuthority, new($"名义本金 {Verdict.Wan(notionalWan)} 超过 {trader} 的单笔权限 {Verdict.Wan(authority.MaxFacePerTicketWan)}",
                $"notional {Verdict.Wan(notionalWan)} is beyond {trader}'s authority of {Verdict.Wan(authority.MaxFacePerTicketWan)} per ticket"));
        return Verdict.Pass(CheckNames.TraderAuthority, new($"单笔权限 {Verdict.Wan(authority.MaxFacePerTicketWan)}", $"authority {Verdict.Wan(authority.MaxFacePerTicketWan)} per ticket"));
    }
}
