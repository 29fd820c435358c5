namespace Platform.Administration.Contracts;

/// Why a sign-in did or did not succeed. Unknown users and wrong passwords both read as InvalidCredentials,
/// so that a caller cannot probe which user names exist.
public enum SignInOutcome
{
    Succeeded,
    InvalidCredentials,
    LockedOut,
    Inactive,
}
