using System.Text.RegularExpressions;
using Platform.Administration.Contracts;
using Platform.BuildingBlocks.Validation;

namespace Platform.Administration.Domain;

/// What a valid user name, display name, password and role list are. Every problem is reported with the
/// field it belongs to, all at once.
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
        if (RolesProblem(roles) is { } problem) throw new ValidationFailedException("roles", problem);
    }

    public static string? UserNameProblem(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "user name is required"
        : !UserNamePattern().IsMatch(name) ? "user name must be 3 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit"
        : null;

    public static string? DisplayNameProblem(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "display name is required"
        : name.Length > 100 ? "display name must be at most 100 characters"
        : name.Any(char.IsControl) ? "display name must not contain control characters"
        : null;

    public static string? PasswordProblem(string? password) =>
        string.IsNullOrEmpty(password) ? "password is required"
        : password.Length < MinPasswordLength ? $"password must be at least {MinPasswordLength} characters"
        : password.Length > MaxPasswordLength ? $"password must be at most {MaxPasswordLength} characters"
        : !password.Any(char.IsLetter) || !password.Any(char.IsDigit) ? "password must contain letters and digits"
        : null;

    public static string? RolesProblem(IReadOnlyList<string>? roles) =>
        roles is null || roles.Count == 0 ? "at least one role is required"
        : roles.FirstOrDefault(r => !PlatformRoles.IsKnown(r)) is { } unknown
            ? $"unknown role '{unknown}'; known roles are {string.Join(", ", PlatformRoles.All)}"
        : null;

    private static void Add(Dictionary<string, string[]> errors, string field, string? problem)
    {
        if (problem is not null) errors[field] = [problem];
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$")]
    private static partial Regex UserNamePattern();
}
