using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Platform.Administration.Contracts;
using Platform.Administration.Domain;
using Platform.Administration.Persistence;
using Platform.BuildingBlocks.Audit;
using Platform.SharedKernel;

namespace Platform.Administration.Application;

/// Checks credentials, keeps the failure count and lock-out, and audits every attempt in the same transaction.
internal sealed class CredentialValidator(UserStore store, IPasswordHasher<UserAccount> hasher, IAuditWriter audit, IClock clock, IOptions<SecurityOptions> options)
    : ICredentialValidator
{
    private static readonly UserAccount Placeholder = new()
    {
        PasswordHash = new PasswordHasher<UserAccount>().HashPassword(new UserAccount(), Guid.NewGuid().ToString("N")),
    };

    public async Task<CredentialCheck> ValidateAsync(string userName, string password, string? remoteAddress, CancellationToken ct)
    {
        var policy = new LockoutPolicy(options.Value.MaxFailedSignIns, options.Value.LockoutDuration);
        var actor = (userName ?? "").Trim() is { Length: > 0 and <= 64 } n ? n : "(invalid)";
        var from = remoteAddress is null ? null : $"from={remoteAddress}";
        await using var conn = await store.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var now = clock.UtcNow;
        var user = actor == "(invalid)" ? null : await store.FindAsync(conn, tx, actor, ct);

        CredentialCheck result;
        if (user is null)
        {
            // Hash anyway, so that an unknown user name takes as long to refuse as a wrong password.
            hasher.VerifyHashedPassword(Placeholder, Placeholder.PasswordHash, password ?? "");
            result = new CredentialCheck(SignInOutcome.InvalidCredentials, null, null);
        }
        else if (user.IsActive == 0)
        {
            result = new CredentialCheck(SignInOutcome.Inactive, null, null);
        }
        else if (user.IsLockedAt(now))
        {
            result = new CredentialCheck(SignInOutcome.LockedOut, null, DateTimeOffset.FromUnixTimeMilliseconds(user.LockedUntilMs!.Value));
        }
        else if (hasher.VerifyHashedPassword(user, user.PasswordHash, password ?? "") == PasswordVerificationResult.Failed)
        {
            var (count, lockedUntil) = policy.AfterFailure(user.FailedCount, now);
            await store.UpdateAsync(conn, tx, user with { FailedCount = count, LockedUntilMs = lockedUntil ?? user.LockedUntilMs }, ct);
            result = lockedUntil is { } until
                ? new CredentialCheck(SignInOutcome.LockedOut, null, DateTimeOffset.FromUnixTimeMilliseconds(until))
                : new CredentialCheck(SignInOutcome.InvalidCredentials, null, null);
        }
        else
        {
            if (user.FailedCount != 0 || user.LockedUntilMs is not null)
                await store.UpdateAsync(conn, tx, user with { FailedCount = 0, LockedUntilMs = null }, ct);
            result = new CredentialCheck(SignInOutcome.Succeeded, PrincipalFor(user), null);
        }

        await audit.AppendAsync(new AuditRecord(user?.UserName ?? actor, "auth.sign-in", $"user:{user?.UserName ?? actor}",
            result.Outcome.ToString(), null, null, from), conn, tx, ct);
        await tx.CommitAsync(ct);
        return result;
    }

    private static ClaimsPrincipal PrincipalFor(UserAccount user)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, user.UserName),
            new(ClaimTypes.NameIdentifier, user.NormalizedName),
            new(PlatformClaims.DisplayName, user.DisplayName),
        };
        claims.AddRange(user.RoleList.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Password", ClaimTypes.Name, ClaimTypes.Role));
    }
}
