using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The task panel (the inbox's drawer and the instance page's task cards): claim, decide, hand over.
public static class TaskPanelTexts
{
    public static readonly LocalizedText Title = new("任务：{0}", "Task: {0}");
    public static readonly LocalizedText Process = new("流程", "Process");
    public static readonly LocalizedText BusinessKey = new("业务键", "Business key");
    public static readonly LocalizedText Initiator = new("发起人", "Initiator");
    public static readonly LocalizedText Assignee = new("处理人", "Assignee");
    public static readonly LocalizedText Candidates = new("候选", "Candidates");
    public static readonly LocalizedText DelegatedBy = new("委派人", "Delegated by");
    public static readonly LocalizedText CreatedAt = new("创建时间", "Created");
    public static readonly LocalizedText DueAt = new("到期时间", "Due");
    public static readonly LocalizedText OpenInstance = new("查看流程实例", "Open the process instance");
    public static readonly LocalizedText Gone = new("此任务已不在待办中：已被处理，或流程已结束。", "This task is no longer open: it was decided, or the process ended.");
    public static readonly LocalizedText NotYours = new("此任务由 {0} 处理，您不能办理。", "This task is for {0}; you cannot act on it.");
    public static readonly LocalizedText Claim = new("签收", "Claim");
    public static readonly LocalizedText Unclaim = new("放弃签收", "Unclaim");
    public static readonly LocalizedText ClaimHint = new("签收后任务只在您的待办中，其他候选人不再看到。", "Once claimed, the task is yours alone; other candidates no longer see it.");
    public static readonly LocalizedText Claimed = new("已签收：{0}", "Claimed: {0}");
    public static readonly LocalizedText Unclaimed = new("已放弃签收：{0}", "Unclaimed: {0}");
    public static readonly LocalizedText Decide = new("审批", "Decide");
    public static readonly LocalizedText Outcome = new("处理结果", "Outcome");
    public static readonly LocalizedText SendBackTo = new("退回至", "Send back to");
    public static readonly LocalizedText Comment = new("审批意见", "Comment");
    public static readonly LocalizedText CommentPlaceholder = new("填写审批意见（可选，会记入流程历程）", "Your comment (optional, kept in the history)");
    public static readonly LocalizedText Submit = new("提交", "Submit");
    public static readonly LocalizedText Decided = new("已提交“{0}”：{1}", "Submitted “{0}”: {1}");
    public static readonly LocalizedText ChooseOutcome = new("请选择处理结果", "Choose an outcome");
    public static readonly LocalizedText ChooseSendBack = new("请选择退回到哪一步", "Choose the step to send back to");
    public static readonly LocalizedText HandOver = new("转交", "Hand over");
    public static readonly LocalizedText Delegate = new("委派", "Delegate");
    public static readonly LocalizedText Reassign = new("转办", "Reassign");
    public static readonly LocalizedText AddSigner = new("加签", "Add signer");
    public static readonly LocalizedText DelegateHint = new("委派：对方办理后，任务回到您手中由您决定。", "Delegate: they answer, then the task comes back to you to decide.");
    public static readonly LocalizedText ReassignHint = new("转办：任务永久交给对方处理。", "Reassign: the task becomes theirs for good.");
    public static readonly LocalizedText AddSignerHint = new("加签：对方须先签署意见，您才能决定。", "Add signer: they must sign first, then you decide.");
    public static readonly LocalizedText User = new("用户", "User");
    public static readonly LocalizedText UserPlaceholder = new("用户名，如 approver1", "User name, e.g. approver1");
    public static readonly LocalizedText Note = new("说明", "Note");
    public static readonly LocalizedText Confirm = new("确定", "Confirm");
    public static readonly LocalizedText NameTheUser = new("请填写用户名", "Name the user");
    public static readonly LocalizedText NoSuchUser = new("没有启用的用户 {0}", "There is no active user {0}");
    public static readonly LocalizedText Delegated = new("已委派给 {0}", "Delegated to {0}");
    public static readonly LocalizedText Reassigned = new("已转办给 {0}", "Reassigned to {0}");
    public static readonly LocalizedText SignerAdded = new("已加签 {0}", "{0} added as a signer");
    public static readonly LocalizedText Refused = new("未执行：{0}", "Not done: {0}");
    public static readonly LocalizedText FixFields = new("未执行：请修正标出的字段", "Not done: fix the marked fields");
}
