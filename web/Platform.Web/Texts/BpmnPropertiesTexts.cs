using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The designer's properties panel: the element's id and name and the platform rules (pf: attributes) it takes.
public static class BpmnPropertiesTexts
{
    public static readonly LocalizedText Title = new("属性", "Properties");
    public static readonly LocalizedText Id = new("ID", "Id");
    public static readonly LocalizedText ProcessId = new("流程 ID（发布键）", "Process id (the deployment key)");
    public static readonly LocalizedText ProcessIdHint = new("版本按此 ID 编号；已发布的流程请勿修改", "Versions are numbered under this id; do not change it for a deployed process");
    public static readonly LocalizedText Name = new("名称", "Name");
    public static readonly LocalizedText Type = new("类型", "Type");
    public static readonly LocalizedText IdInvalid = new("ID 须以字母或下划线开头，只含字母、数字、_ . -", "An id starts with a letter or _ and holds only letters, digits, _ . -");
    public static readonly LocalizedText IdTaken = new("该 ID 已被其他元素使用", "Another element already has this id");
    public static readonly LocalizedText EditFailed = new("修改未能应用到流程图：{0}", "The change could not be applied to the diagram: {0}");
    public static readonly LocalizedText CandidateRoles = new("候选角色", "Candidate roles");
    public static readonly LocalizedText CandidateUsers = new("候选用户", "Candidate users");
    public static readonly LocalizedText Assignee = new("处理人表达式", "Assignee expression");
    public static readonly LocalizedText AssigneeHint = new("NCalc 表达式，如 [riskOfficer]", "An NCalc expression, e.g. [riskOfficer]");
    public static readonly LocalizedText CommaList = new("多个值以英文逗号分隔", "Several values separated by commas");
    public static readonly LocalizedText CandidatesHint = new("候选角色、候选用户、处理人至少填一项", "At least one of candidate roles, candidate users or assignee");
    public static readonly LocalizedText DueIn = new("办理时限", "Due in");
    public static readonly LocalizedText DueInHint = new("ISO-8601 时长，如 PT4H（4 小时）、P1D（1 天）", "An ISO-8601 duration, e.g. PT4H (4 hours), P1D (1 day)");
    public static readonly LocalizedText Outcomes = new("可选操作", "Outcomes");
    public static readonly LocalizedText OutcomesHint = new("都不勾选时为 同意、拒绝", "None ticked means approve and reject");
    public static readonly LocalizedText Approve = new("同意", "Approve");
    public static readonly LocalizedText Reject = new("拒绝", "Reject");
    public static readonly LocalizedText SendBack = new("退回", "Send back");
    public static readonly LocalizedText Reassign = new("转办", "Reassign");
    public static readonly LocalizedText AddSigner = new("加签", "Add signer");
    public static readonly LocalizedText SendBackTo = new("可退回至（任务 ID）", "Send back to (task ids)");
    public static readonly LocalizedText NotInitiator = new("发起人不得办理（职责分离）", "Not the initiator (segregation of duties)");
    public static readonly LocalizedText NotSameAs = new("不得与以下任务同一人办理（任务 ID）", "Not the same person as (task ids)");
    public static readonly LocalizedText MultiInstance = new("多实例", "Multi-instance");
    public static readonly LocalizedText LoopNone = new("无", "None");
    public static readonly LocalizedText LoopParallel = new("并行", "Parallel");
    public static readonly LocalizedText LoopSequential = new("依次", "Sequential");
    public static readonly LocalizedText LoopOther = new("标准循环不受支持，请改为多实例", "Standard loops are not supported; use multi-instance");
    public static readonly LocalizedText Collection = new("集合表达式", "Collection expression");
    public static readonly LocalizedText CollectionHint = new("每个元素一个任务，如 [signers]", "One task per element, e.g. [signers]");
    public static readonly LocalizedText Completion = new("完成条件", "Completion");
    public static readonly LocalizedText CompletionHint = new("all（会签）、any（或签）或数字 N（N 人同意即完成）", "all (every signer), any (one is enough) or a number N (N of them)");
    public static readonly LocalizedText Handler = new("处理器", "Handler");
    public static readonly LocalizedText HandlerHint = new("平台注册的处理器名称，如 settlement.sendInstruction", "A registered handler name, e.g. settlement.sendInstruction");
    public static readonly LocalizedText Condition = new("条件表达式", "Condition");
    public static readonly LocalizedText ConditionHint = new("NCalc 表达式，如 [faceAmount] >= 50000000（仅用于排他/包容网关的出口）", "An NCalc expression, e.g. [faceAmount] >= 50000000 (only on flows out of exclusive or inclusive gateways)");
    public static readonly LocalizedText Timer = new("定时", "Timer");
    public static readonly LocalizedText TimerDuration = new("时长", "Duration");
    public static readonly LocalizedText TimerDate = new("日期时间", "Date");
    public static readonly LocalizedText TimerHint = new("时长如 PT2H、P1D；日期如 2026-03-31T17:00:00+08:00", "A duration such as PT2H or P1D; a date such as 2026-03-31T17:00:00+08:00");
    public static readonly LocalizedText Message = new("消息名称", "Message name");
    public static readonly LocalizedText CorrelationKey = new("关联键表达式", "Correlation key");
    public static readonly LocalizedText CorrelationKeyHint = new("NCalc 表达式，消息的键须与之相等，如 [tradeId]", "An NCalc expression the message's key must equal, e.g. [tradeId]");
    public static readonly LocalizedText CalledElement = new("被调用流程（流程 ID）", "Called process (process id)");
    public static readonly LocalizedText PlainTask = new(
        "普通任务不受支持：请点击画布上的扳手图标，改为用户任务或服务任务。",
        "A plain task is not supported: use the wrench on the canvas to change it into a user task or a service task.");
    public static readonly LocalizedText NothingToSet = new("此元素没有平台规则需要设置", "This element has no platform rules to set");
}
