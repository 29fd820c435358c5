using Platform.Administration.Domain;
using Xunit;

namespace Platform.Administration.Tests;

public sealed class LockoutPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(8));
    private readonly LockoutPolicy _policy = new(5, TimeSpan.FromMinutes(15));

    [Fact]
    public void Four_failures_count_up_without_locking()
    {
        long count = 0;
        for (var i = 1; i <= 4; i++)
        {
            var (c, locked) = _policy.AfterFailure(count, Now);
            Assert.Equal(i, c);
            Assert.Null(locked);
            count = c;
        }
    }

    [Fact]
    public void The_fifth_failure_locks_for_the_configured_duration_and_resets_the_count()
    {
        var (count, lockedUntil) = _policy.AfterFailure(4, Now);
        Assert.Equal(0, count);
        Assert.Equal(Now.AddMinutes(15).ToUnixTimeMilliseconds(), lockedUntil);
    }

    [Fact]
    public void An_account_is_locked_until_the_lock_ends()
    {
        var user = new UserAccount { LockedUntilMs = Now.AddMinutes(15).ToUnixTimeMilliseconds() };
        Assert.True(user.IsLockedAt(Now.AddMinutes(14)));
        Assert.False(user.IsLockedAt(Now.AddMinutes(15)));
    }
}
