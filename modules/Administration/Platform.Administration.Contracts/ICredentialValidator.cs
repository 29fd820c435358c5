namespace Platform.Administration.Contracts;

/// Checks a user name and password, counts failures (lock-out after the configured number) and audits every attempt.
/// The portal's sign-in page and the API's login endpoint both go through it.
public interface ICredentialValidator
{
    Task<CredentialCheck> ValidateAsync(string userName, string password, string? remoteAddress, CancellationToken ct);
}
