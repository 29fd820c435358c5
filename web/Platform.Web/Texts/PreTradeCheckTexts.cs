using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The list of pre-trade checks and the approvals a ticket needs.
public static class PreTradeCheckTexts
{
    public static readonly LocalizedText Title = new("事前检查", "Pre-trade checks");
    public static readonly LocalizedText None = new("没有检查结果", "No check results");
    public static readonly LocalizedText Approvals = new("审批路径", "Approvals");
    public static readonly LocalizedText DeskApproval = new("交易主管审批", "Desk head approves");
    public static readonly LocalizedText RiskApproval = new("风控审批", "Risk approves");
    public static readonly LocalizedText ComplianceApproval = new("合规审批（关联交易）", "Compliance approves (related party)");
    public static readonly LocalizedText Needed = new("需要", "Needed");
    public static readonly LocalizedText NotNeeded = new("不需要", "Not needed");
    public static readonly LocalizedText Always = new("必经", "Always");
}
