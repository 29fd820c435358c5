namespace Platform.Administration.Contracts;

/// Claim types of a signed-in user beyond the standard name and role claims.
public static class PlatformClaims
{
    /// The user's display name (e.g. 交易员一), shown in the portal's header.
    public const string DisplayName = "display_name";
}
