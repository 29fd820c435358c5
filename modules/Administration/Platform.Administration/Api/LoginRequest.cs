namespace Platform.Administration.Api;

/// Body of <c>POST /api/v1/auth/login</c>.
public sealed record LoginRequest(string UserName, string Password);
