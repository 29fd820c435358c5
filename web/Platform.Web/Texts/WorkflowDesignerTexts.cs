using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The workflow designer page: the list of processes, the canvas's toolbar, validation and deployment results.
public static class WorkflowDesignerTexts
{
    public static readonly LocalizedText Title = new("流程设计器", "Workflow designer");
    public static readonly LocalizedText Intro = new(
        "在画布上绘制 BPMN 流程，在右侧设置处理人与审批规则；校验通过后发布为新版本，运行中的实例保持原版本。",
        "Draw the BPMN process on the canvas and set who does each step and its rules on the right; once valid, deploy it as a new version. Running instances keep their version.");
    public static readonly LocalizedText DesignTab = new("设计", "Design");
    public static readonly LocalizedText VersionsTab = new("版本", "Versions");
    public static readonly LocalizedText Processes = new("已发布流程", "Deployed processes");
    public static readonly LocalizedText NoProcesses = new("尚无已发布的流程", "No process deployed yet");
    public static readonly LocalizedText Latest = new("v{0}", "v{0}");
    public static readonly LocalizedText New = new("新建", "New");
    public static readonly LocalizedText Import = new("导入 .bpmn", "Import .bpmn");
    public static readonly LocalizedText Validate = new("校验", "Validate");
    public static readonly LocalizedText Deploy = new("发布", "Deploy");
    public static readonly LocalizedText Export = new("导出 .bpmn", "Export .bpmn");
    public static readonly LocalizedText Editing = new("正在编辑：{0}（基于版本 {1}）", "Editing: {0} (from version {1})");
    public static readonly LocalizedText EditingNew = new("正在编辑：新流程（未发布）", "Editing: a new process (not deployed)");
    public static readonly LocalizedText NewProcessName = new("新流程", "New process");
    public static readonly LocalizedText NoProblems = new("校验通过，可以发布", "No problems: ready to deploy");
    public static readonly LocalizedText ProblemsFound = new("发现 {0} 个问题，点击元素 ID 可在画布上定位", "{0} problems; click an element id to select it on the canvas");
    public static readonly LocalizedText NotDeployed = new("未发布：发现 {0} 个问题，点击元素 ID 可在画布上定位", "Not deployed: {0} problems; click an element id to select it on the canvas");
    public static readonly LocalizedText Deployed = new("已发布为版本 {0}", "Deployed as version {0}");
    public static readonly LocalizedText Unchanged = new("未发生变化：与最新版本 {0} 完全相同，未创建新版本", "Unchanged: identical to the latest version {0}, nothing deployed");
    public static readonly LocalizedText ImportFailed = new("无法导入该文件：{0}", "The file cannot be imported: {0}");
    public static readonly LocalizedText ImportTooLarge = new("文件超过 {0} MB", "The file is larger than {0} MB");
    public static readonly LocalizedText Imported = new("已导入 {0}", "{0} imported");
    public static readonly LocalizedText OpenFailed = new("无法打开：{0}", "Cannot open: {0}");
    public static readonly LocalizedText Total = new("共 {0} 个流程", "{0} processes");
}
