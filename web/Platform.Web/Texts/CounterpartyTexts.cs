using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The counterparty list and its edit dialog.
public static class CounterpartyTexts
{
    public static readonly LocalizedText Title = new("交易对手", "Counterparties");
    public static readonly LocalizedText Intro = new("银行间交易对手的会员代码、白名单状态、授信额度与交易员。",
        "Inter-bank counterparties: member codes, whitelist status, credit lines and dealers.");
    public static readonly LocalizedText SearchPlaceholder = new("按代码、名称或会员代码搜索", "Search by id, name or member code");
    public static readonly LocalizedText CounterpartyId = new("代码", "Id");
    public static readonly LocalizedText ShortName = new("简称", "Short name");
    public static readonly LocalizedText MemberCode = new("CFETS 会员代码", "CFETS member code");
    public static readonly LocalizedText Kind = new("机构类型", "Kind");
    public static readonly LocalizedText Whitelist = new("白名单状态", "Whitelist");
    public static readonly LocalizedText CreditLine = new("授信额度（万元）", "Credit line (万元)");
    public static readonly LocalizedText RelatedParty = new("关联方", "Related party");
    public static readonly LocalizedText Dealers = new("交易员", "Dealers");
    public static readonly LocalizedText EditTitle = new("编辑交易对手 {0}", "Edit counterparty {0}");
    public static readonly LocalizedText RelatedPartyHint = new("关联交易需合规审批", "Trades with a related party need compliance approval");
    public static readonly LocalizedText Total = new("共 {0} 个交易对手", "{0} counterparties");
}
