namespace Platform.Administration.Contracts;

/// A new local user. The password is hashed on arrival and never stored or logged as given.
public sealed record CreateUserRequest(string UserName, string DisplayName, string Password, IReadOnlyList<string> Roles);
