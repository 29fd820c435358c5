using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The designer's versions tab: the deployed versions of the open process, a diff between two, a preview.
public static class DefinitionVersionsTexts
{
    public static readonly LocalizedText NoProcess = new("请先在设计页打开或发布一个流程", "Open or deploy a process on the design tab first");
    public static readonly LocalizedText VersionsOf = new("{0} 的版本", "Versions of {0}");
    public static readonly LocalizedText Version = new("版本", "Version");
    public static readonly LocalizedText Name = new("名称", "Name");
    public static readonly LocalizedText DeployedBy = new("发布人", "Deployed by");
    public static readonly LocalizedText DeployedAt = new("发布时间（北京）", "Deployed (Beijing)");
    public static readonly LocalizedText Digest = new("SHA-256", "SHA-256");
    public static readonly LocalizedText Actions = new("操作", "Actions");
    public static readonly LocalizedText Preview = new("预览", "Preview");
    public static readonly LocalizedText Open = new("在设计器中打开", "Open in designer");
    public static readonly LocalizedText PreviewOf = new("版本 {0} 预览", "Preview of version {0}");
    public static readonly LocalizedText Compare = new("比较版本", "Compare versions");
    public static readonly LocalizedText From = new("从", "From");
    public static readonly LocalizedText To = new("到", "To");
    public static readonly LocalizedText Run = new("比较", "Compare");
    public static readonly LocalizedText Element = new("元素", "Element");
    public static readonly LocalizedText Kind = new("类型", "Kind");
    public static readonly LocalizedText Change = new("变化", "Change");
    public static readonly LocalizedText Details = new("详情", "Details");
    public static readonly LocalizedText Added = new("新增", "Added");
    public static readonly LocalizedText Removed = new("删除", "Removed");
    public static readonly LocalizedText Changed = new("修改", "Changed");
    public static readonly LocalizedText NoChanges = new("版本 {0} 与版本 {1} 没有差异", "Versions {0} and {1} do not differ");
    public static readonly LocalizedText DiffTitle = new("版本 {0} → 版本 {1}：{2} 处变化", "Version {0} → version {1}: {2} changes");
    public static readonly LocalizedText Failed = new("操作失败：{0}", "Failed: {0}");
    public static readonly LocalizedText Total = new("共 {0} 个版本", "{0} versions");
}
