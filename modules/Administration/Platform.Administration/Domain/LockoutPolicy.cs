namespace Platform.Administration.Domain;

/// After <see cref="MaxFailedSignIns"/> wrong passwords in a row, the account is locked for <see cref="Duration"/>.
/// A successful sign-in resets the count. Pure, so that the rule is tested without a database.
public sealed record LockoutPolicy(int MaxFailedSignIns, TimeSpan Duration)
{
    /// The failure count and lock end after one more wrong password.
    public (long FailedCount, long? LockedUntilMs) AfterFailure(long failedCount, DateTimeOffset now)
    {
        var count = failedCount + 1;
        return count >= MaxFailedSignIns
            ? (0, (now + Duration).ToUnixTimeMilliseconds())
            : (count, null);
    }
}
