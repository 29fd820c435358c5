namespace Platform.Administration.Contracts;

/// A local user as the admin page and API list it. Never carries the password hash.
public sealed record UserSummary(
    string UserName,
    string DisplayName,
    IReadOnlyList<string> Roles,
    bool IsActive,
    bool IsLockedOut,
    DateTimeOffset CreatedAt);
