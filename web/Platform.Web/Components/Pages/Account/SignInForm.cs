namespace Platform.Web.Components.Pages.Account;

/// What the sign-in form posts.
public sealed class SignInForm
{
    public string? UserName { get; set; }
    public string? Password { get; set; }
}
