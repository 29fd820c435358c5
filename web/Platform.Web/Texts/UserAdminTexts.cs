using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The user administration page and its dialogs.
public static class UserAdminTexts
{
    public static readonly LocalizedText Title = new("用户管理", "Users");
    public static readonly LocalizedText SearchPlaceholder = new("按用户名或显示名称搜索", "Search by user name or display name");
    public static readonly LocalizedText Search = new("搜索", "Search");
    public static readonly LocalizedText NewUser = new("新建用户", "New user");
    public static readonly LocalizedText UserName = new("用户名", "User name");
    public static readonly LocalizedText DisplayName = new("显示名称", "Display name");
    public static readonly LocalizedText InitialPassword = new("初始密码", "Initial password");
    public static readonly LocalizedText Roles = new("角色", "Roles");
    public static readonly LocalizedText Status = new("状态", "Status");
    public static readonly LocalizedText CreatedAt = new("创建时间", "Created");
    public static readonly LocalizedText Actions = new("操作", "Actions");
    public static readonly LocalizedText Active = new("启用", "Active");
    public static readonly LocalizedText Inactive = new("已停用", "Deactivated");
    public static readonly LocalizedText Locked = new("已锁定", "Locked");
    public static readonly LocalizedText EditRoles = new("修改角色", "Edit roles");
    public static readonly LocalizedText EditRolesOf = new("修改 {0} 的角色", "Edit the roles of {0}");
    public static readonly LocalizedText Activate = new("启用", "Activate");
    public static readonly LocalizedText Deactivate = new("停用", "Deactivate");
    public static readonly LocalizedText Unlock = new("解锁", "Unlock");
    public static readonly LocalizedText Save = new("保存", "Save");
    public static readonly LocalizedText Create = new("创建", "Create");
    public static readonly LocalizedText Cancel = new("取消", "Cancel");
    public static readonly LocalizedText Created = new("已创建用户 {0}", "User {0} created");
    public static readonly LocalizedText RolesSaved = new("已更新 {0} 的角色", "Roles of {0} saved");
    public static readonly LocalizedText Activated = new("已启用 {0}", "{0} activated");
    public static readonly LocalizedText Deactivated = new("已停用 {0}", "{0} deactivated");
    public static readonly LocalizedText Unlocked = new("已解锁 {0}", "{0} unlocked");
    public static readonly LocalizedText Failed = new("操作失败：{0}", "Failed: {0}");
    public static readonly LocalizedText FixFields = new("请修正标出的字段", "Please correct the marked fields");
    public static readonly LocalizedText Total = new("共 {0} 个用户", "{0} users");
}
