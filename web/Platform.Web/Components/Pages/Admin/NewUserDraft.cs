namespace Platform.Web.Components.Pages.Admin;

/// What the create-user dialog collects; the administration facade validates it.
public sealed class NewUserDraft
{
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Password { get; set; } = "";
    public string[] Roles { get; set; } = [];
}
