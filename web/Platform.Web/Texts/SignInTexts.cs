using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The sign-in page. The failure messages never say whether a user name exists.
public static class SignInTexts
{
    public static readonly LocalizedText Title = new("登录", "Sign in");
    public static readonly LocalizedText Subtitle = new("请使用您的平台账户登录", "Sign in with your platform account");
    public static readonly LocalizedText UserName = new("用户名", "User name");
    public static readonly LocalizedText Password = new("密码", "Password");
    public static readonly LocalizedText Submit = new("登录", "Sign in");
    public static readonly LocalizedText UserNameRequired = new("请输入用户名", "Enter your user name");
    public static readonly LocalizedText PasswordRequired = new("请输入密码", "Enter your password");
    public static readonly LocalizedText InvalidCredentials = new("用户名或密码错误", "The user name or password is wrong");
    public static readonly LocalizedText LockedOut = new(
        "登录失败次数过多，账户已锁定至 {0}（北京时间），请稍后再试或联系管理员",
        "Too many failed sign-ins: the account is locked until {0} (Beijing time). Try again later or ask an administrator");
    public static readonly LocalizedText Inactive = new("账户已停用，请联系管理员", "The account is deactivated; ask an administrator");
}
