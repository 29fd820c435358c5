using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// Words shared by the reference data pages (bonds, counterparties, books, import).
public static class ReferenceDataTexts
{
    public static readonly LocalizedText Search = new("搜索", "Search");
    public static readonly LocalizedText Yes = new("是", "Yes");
    public static readonly LocalizedText No = new("否", "No");
    public static readonly LocalizedText Actions = new("操作", "Actions");
    public static readonly LocalizedText Edit = new("编辑", "Edit");
    public static readonly LocalizedText Save = new("保存", "Save");
    public static readonly LocalizedText Cancel = new("取消", "Cancel");
    public static readonly LocalizedText Saved = new("已保存 {0}", "{0} saved");
    public static readonly LocalizedText Failed = new("操作失败：{0}", "Failed: {0}");
}
