namespace Platform.Administration.Api;

/// Body of <c>PUT /api/v1/users/{userName}/roles</c>: the complete new role list.
public sealed record SetRolesRequest(IReadOnlyList<string> Roles);
