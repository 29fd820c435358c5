using System.Text.RegularExpressions;
using Platform.Administration.Contracts;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;

namespace Platform.Administration.Domain;

/// What a valid user name, display name, password and role list are. Every problem is reported with the
/// field it belongs to, all at once, in Chinese or English as the caller reads.
public static partial class UserRules
{
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 128;

    public static string Normalize(string userName) => userName.Trim().ToLowerInvariant();

    public static void ValidateNew(CreateUserRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        Add(errors, "userName", UserNameProblem(r.UserName));
        Add(errors, "displayName", DisplayNameProblem(r.DisplayName));
        Add(errors, "password", PasswordProblem(r.Password));
        Add(errors, "roles", RolesProblem(r.Roles));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
    }

    public static void ValidateRoles(IReadOnlyList<string>? roles)
    {
        if (RolesProblem(roles) is { } problem) throw new ValidationFailedException("roles", problem.Current);
    }

    public static LocalizedText? UserNameProblem(string? name) =>
        string.IsNullOrWhiteSpace(name) ? new LocalizedText("请输入用户名", "user name is required")
        : !UserNamePattern().IsMatch(name) ? new LocalizedText("用户名须为 3 到 64 位字母、数字、'.'、'_' 或 '-'，并以字母或数字开头", "user name must be 3 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit")
        : null;

    public static LocalizedText? DisplayNameProblem(string? name) =>
        string.IsNullOrWhiteSpace(name) ? new LocalizedText("请输入显示名称", "display name is required")
        : name.Length > 100 ? new LocalizedText("显示名称最多 100 个字符", "display name must be at most 100 characters")
        : name.Any(char.IsControl) ? new LocalizedText("显示名称不能包含控制字符", "display name must not contain control characters")
        : null;

    public static LocalizedText? PasswordProblem(string? password) =>
        string.IsNullOrEmpty(password) ? new LocalizedText("请输入密码", "password is required")
        : password.Length < MinPasswordLength ? new LocalizedText($"密码至少 {MinPasswordLength} 个字符", $"password must be at least {MinPasswordLength} characters")
        : password.Length > MaxPasswordLength ? new LocalizedText($"密码最多 {MaxPasswordLength} 个字符", $"password must be at most {MaxPasswordLength} characters")
        : !password.Any(char.IsLetter) || !password.Any(char.IsDigit) ? new LocalizedText("密码须同时包含字母和数字", "password must contain letters and digits")
        : null;

    public static LocalizedText? RolesProblem(IReadOnlyList<string>? roles) =>
        roles is null || roles.Count == 0 ? new LocalizedText("请至少选择一个角色", "at least one role is required")
        : roles.FirstOrDefault(r => !PlatformRoles.IsKnown(r)) is { } unknown
            ? new LocalizedText($"未知角色 '{unknown}'；可选角色为 {string.Join(", ", PlatformRoles.All)}", $"unknown role '{unknown}'; known roles are {string.Join(", ", PlatformRoles.All)}")
        : null;

    /// Messages are resolved in the caller's UI culture: the request's or the portal circuit's.
    private static void Add(Dictionary<string, string[]> errors, string field, LocalizedText? problem)
    {
        if (problem is { } p) errors[field] = [p.Current];
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$")]
    private static partial Regex UserNamePattern();
}
