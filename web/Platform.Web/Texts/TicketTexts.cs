using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// My tickets (我的审批单) and one ticket's page.
public static class TicketTexts
{
    public static readonly LocalizedText ListTitle = new("我的审批单", "My tickets");
    public static readonly LocalizedText ListIntro = new("我提交的银行间现券审批单，最新的在前。点击一行查看详情、审批进度与录入成交。",
        "The inter-bank spot tickets I submitted, newest first. Click a row for its details, approval progress and execution.");
    public static readonly LocalizedText AllStatuses = new("全部", "All");
    public static readonly LocalizedText New = new("新建审批单", "New ticket");
    public static readonly LocalizedText TicketId = new("审批单号", "Ticket");
    public static readonly LocalizedText Status = new("状态", "Status");
    public static readonly LocalizedText Bond = new("债券", "Bond");
    public static readonly LocalizedText Direction = new("方向", "Direction");
    public static readonly LocalizedText Face = new("券面总额（万元）", "Face (万元)");
    public static readonly LocalizedText Price = new("价格", "Price");
    public static readonly LocalizedText Amount = new("结算金额（元）", "Amount (yuan)");
    public static readonly LocalizedText Book = new("账簿", "Book");
    public static readonly LocalizedText CreatedAt = new("创建时间", "Created");
    public static readonly LocalizedText Total = new("共 {0} 张审批单", "{0} tickets");
    public static readonly LocalizedText Title = new("审批单 {0}", "Ticket {0}");
    public static readonly LocalizedText NotFound = new("审批单 {0} 不存在", "Ticket {0} does not exist");
    public static readonly LocalizedText BackToList = new("返回我的审批单", "Back to my tickets");
    public static readonly LocalizedText Terms = new("交易要素", "Terms");
    public static readonly LocalizedText Economics = new("价格与金额", "Economics");
    public static readonly LocalizedText Progress = new("审批进度", "Approval");
    public static readonly LocalizedText Instance = new("审批流程", "Approval process");
    public static readonly LocalizedText OpenInstance = new("查看流程实例", "Open the process instance");
    public static readonly LocalizedText NoInstance = new("审批流程尚未启动", "The approval process has not started yet");
    public static readonly LocalizedText CurrentSteps = new("当前环节", "Current step");
    public static readonly LocalizedText NoOpenSteps = new("无待办环节", "No open step");
    public static readonly LocalizedText Trade = new("成交编号", "Trade");
    public static readonly LocalizedText Reason = new("原因", "Reason");
    public static readonly LocalizedText Trader = new("交易员", "Trader");
    public static readonly LocalizedText UpdatedAt = new("更新时间", "Updated");
    public static readonly LocalizedText Refresh = new("刷新", "Refresh");
    public static readonly LocalizedText SeeBlotter = new("查看成交与持仓", "See the blotter");

    public static readonly LocalizedText SentBack = new("已退回修改", "Sent back to you");
    public static readonly LocalizedText SentBackHint = new("审批人已将审批单退回。可修改要素后重新提交，或在待办中原样重新提交。",
        "An approver sent the ticket back. Revise its terms and resubmit it, or resubmit it unchanged from your inbox.");
    public static readonly LocalizedText Revise = new("修改并重新提交", "Revise and resubmit");
    public static readonly LocalizedText Revision = new("第 {0} 次修改", "revision {0}");
}
