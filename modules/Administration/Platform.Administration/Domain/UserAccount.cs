namespace Platform.Administration.Domain;

/// A local user as stored (Dapper maps the row onto it). The password hash is ASP.NET Core Identity's
/// PBKDF2 format; the plain password is never kept.
public sealed record UserAccount
{
    public string UserName { get; init; } = "";
    public string NormalizedName { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string PasswordHash { get; init; } = "";
    public string Roles { get; init; } = "";
    public long IsActive { get; init; }
    public long FailedCount { get; init; }
    public long? LockedUntilMs { get; init; }
    public long CreatedAtMs { get; init; }

    public IReadOnlyList<string> RoleList => Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool IsLockedAt(DateTimeOffset now) => LockedUntilMs is { } until && until > now.ToUnixTimeMilliseconds();
}
