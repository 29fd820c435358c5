namespace Platform.Workflows.Runtime;

/// How often a failing service call is tried: <see cref="MaxAttempts"/> in all, the first retry after
/// <see cref="FirstDelay"/>, each next one after twice the previous delay, never more than <see cref="MaxDelay"/>.
public sealed record RetryPolicy(int MaxAttempts, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    public static RetryPolicy Default { get; } = new(5, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));

    public TimeSpan DelayAfter(int attempt)
    {
        var delay = FirstDelay * Math.Pow(2, Math.Max(0, attempt - 1));
        return delay > MaxDelay ? MaxDelay : delay;
    }
}
