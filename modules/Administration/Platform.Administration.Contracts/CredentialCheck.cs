using System.Security.Claims;

namespace Platform.Administration.Contracts;

/// The answer to a credential check: the principal to sign in with, or the reason there is none.
public sealed record CredentialCheck(SignInOutcome Outcome, ClaimsPrincipal? Principal, DateTimeOffset? LockedUntil)
{
    public bool Succeeded => Outcome == SignInOutcome.Succeeded;
}
