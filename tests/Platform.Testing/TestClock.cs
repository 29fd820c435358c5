using Platform.SharedKernel;

namespace Platform.Testing;

/// A clock a test sets and moves by hand.
public sealed class TestClock(DateTimeOffset start) : IClock
{
    public DateTimeOffset UtcNow { get; private set; } = start;

    public void Advance(TimeSpan by) => UtcNow += by;
}
