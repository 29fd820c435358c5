namespace Platform.Administration.Api;

/// Who is signed in, as the login and <c>/auth/me</c> endpoints answer.
public sealed record SessionResponse(string UserName, string DisplayName, IReadOnlyList<string> Roles);
