using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The words of the frame around every page: header, menu, errors.
public static class ShellTexts
{
    public static readonly LocalizedText ProductName = new("固收一体化平台", "FICC Platform");
    public static readonly LocalizedText SignOut = new("退出登录", "Sign out");
    public static readonly LocalizedText NoAccessTitle = new("无权访问", "No access");
    public static readonly LocalizedText NoAccessDetail = new("您的角色无权使用此页面。如需开通，请联系管理员。", "Your roles do not allow this page. Ask an administrator if you need it.");
    public static readonly LocalizedText BackHome = new("返回工作台", "Back to my workspace");
    public static readonly LocalizedText NotFoundTitle = new("页面不存在", "Page not found");
    public static readonly LocalizedText NotFoundDetail = new("您访问的页面不存在或已移动。", "The page you asked for does not exist or has moved.");
    public static readonly LocalizedText UnhandledError = new("页面出错了。", "Something went wrong on this page.");
    public static readonly LocalizedText Reload = new("重新加载", "Reload");
}
