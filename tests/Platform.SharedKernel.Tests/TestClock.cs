using Platform.SharedKernel;

namespace Platform.SharedKernel.Tests;

/// <summary>A clock stopped at a chosen instant; test code only.</summary>
internal sealed class TestClock(DateTimeOffset utcNow) : IClock
{
    public DateTimeOffset UtcNow { get; } = utcNow;
}
