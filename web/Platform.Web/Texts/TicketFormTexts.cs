using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The new ticket (新建审批单) form and its live preview.
public static class TicketFormTexts
{
    public static readonly LocalizedText Title = new("新建审批单", "New ticket");
    public static readonly LocalizedText Intro = new("银行间现券审批单：填写要素后实时试算价格、金额与事前检查，提交后进入审批流程。",
        "An inter-bank spot bond ticket (审批单): prices, amounts and pre-trade checks are computed as you type; submitting sends it to approval.");
    public static readonly LocalizedText Terms = new("交易要素", "Terms");
    public static readonly LocalizedText Bond = new("债券", "Bond");
    public static readonly LocalizedText BondPlaceholder = new("输入代码或简称搜索", "Type a code or name to search");
    public static readonly LocalizedText MinFace = new("最小交易面额 {0} 万元", "Minimum face {0} 万");
    public static readonly LocalizedText Direction = new("交易方向", "Direction");
    public static readonly LocalizedText TradingMethod = new("交易方式", "Trading method");
    public static readonly LocalizedText PriceKind = new("报价方式", "Price kind");
    public static readonly LocalizedText Price = new("价格（{0}）", "Price ({0})");
    public static readonly LocalizedText PriceOnly = new("价格", "Price");
    public static readonly LocalizedText Face = new("券面总额（万元）", "Face (万元)");
    public static readonly LocalizedText SettlementSpeed = new("清算速度", "Settlement speed");
    public static readonly LocalizedText SettlementMethod = new("结算方式", "Settlement method");
    public static readonly LocalizedText Counterparty = new("交易对手", "Counterparty");
    public static readonly LocalizedText CounterpartyPlaceholder = new("输入代码或名称搜索", "Type an id or name to search");
    public static readonly LocalizedText Dealer = new("对手方交易员", "Counterparty dealer");
    public static readonly LocalizedText DealerPlaceholder = new("可选", "Optional");
    public static readonly LocalizedText Book = new("账簿", "Book");
    public static readonly LocalizedText BookPlaceholder = new("选择账簿", "Choose a book");
    public static readonly LocalizedText NoBooks = new("您未获授权在任何账簿交易", "You are not authorised in any book");
    public static readonly LocalizedText Authority = new("单笔权限 {0} 万元", "authority {0} 万 per ticket");
    public static readonly LocalizedText TradeDate = new("交易日", "Trade date");
    public static readonly LocalizedText Purpose = new("交易目的", "Purpose");
    public static readonly LocalizedText Remarks = new("备注", "Remarks");
    public static readonly LocalizedText Preview = new("实时试算", "Live preview");
    public static readonly LocalizedText Incomplete = new("填写债券、价格、面额、交易对手、账簿和交易日后自动试算。",
        "Fill in the bond, price, face, counterparty, book and trade date to see the figures.");
    public static readonly LocalizedText Computing = new("试算中…", "Computing…");
    public static readonly LocalizedText Invalid = new("请先更正标红的要素。", "Correct the inputs marked in red first.");
    public static readonly LocalizedText Submit = new("提交审批", "Submit for approval");
    public static readonly LocalizedText SubmitBlocked = new("有未通过的检查，不能提交", "A check fails: the ticket cannot be submitted");
    public static readonly LocalizedText Submitted = new("审批单 {0} 已提交", "Ticket {0} submitted");

    public static readonly LocalizedText ReviseTitle = new("修改审批单 {0}", "Revise ticket {0}");
    public static readonly LocalizedText ReviseIntro = new("审批单已被退回：修改要素后重新试算与检查，提交后回到审批流程（审批单号不变）。",
        "The ticket was sent back: revise its terms, see them priced and checked again, and resubmit it to approval (it keeps its number).");
    public static readonly LocalizedText Resubmit = new("重新提交", "Resubmit");
    public static readonly LocalizedText Resubmitted = new("审批单 {0} 已修改并重新提交", "Ticket {0} revised and resubmitted");
    public static readonly LocalizedText CannotRevise = new("审批单 {0} 不能修改：只有被退回给本人的审批单可以修改", "Ticket {0} cannot be revised: only a ticket sent back to you can");
}
