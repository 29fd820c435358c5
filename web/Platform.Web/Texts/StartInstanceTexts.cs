using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The dialog that starts a process instance from the portal.
public static class StartInstanceTexts
{
    public static readonly LocalizedText Title = new("发起流程", "Start a process");
    public static readonly LocalizedText Process = new("流程", "Process");
    public static readonly LocalizedText ChooseProcess = new("选择已发布的流程", "Choose a deployed process");
    public static readonly LocalizedText BusinessKey = new("业务键", "Business key");
    public static readonly LocalizedText BusinessKeyPlaceholder = new("如交易编号 T20260105-001", "e.g. the trade number T20260105-001");
    public static readonly LocalizedText Variables = new("流程变量（JSON，可选）", "Variables (JSON, optional)");
    public static readonly LocalizedText VariablesHint = new("一个 JSON 对象，条件和处理人表达式可用其中的值，例如 {\"faceAmount\": 50000000, \"side\": \"Buy\"}",
        "A JSON object whose values conditions and assignee expressions can read, e.g. {\"faceAmount\": 50000000, \"side\": \"Buy\"}");
    public static readonly LocalizedText NotAnObject = new("变量须为一个 JSON 对象，例如 {\"faceAmount\": 50000000}", "The variables must be one JSON object, e.g. {\"faceAmount\": 50000000}");
    public static readonly LocalizedText InvalidJson = new("不是有效的 JSON（第 {0} 行，第 {1} 个字符附近）", "Not valid JSON (near line {0}, character {1})");
    public static readonly LocalizedText ProcessRequired = new("请选择流程", "Choose a process");
    public static readonly LocalizedText Start = new("发起", "Start");
    public static readonly LocalizedText Cancel = new("取消", "Cancel");
    public static readonly LocalizedText Started = new("已发起 {0}（业务键 {1}）", "{0} started (business key {1})");
    public static readonly LocalizedText FixFields = new("未发起：请修正标出的字段", "Not started: fix the marked fields");
    public static readonly LocalizedText Refused = new("未发起：{0}", "Not started: {0}");
}
