using System.ComponentModel.DataAnnotations;

namespace Platform.BuildingBlocks.Outbox;

/// Configuration section <c>Platform:Outbox</c>.
public sealed class OutboxOptions
{
    public const string Section = "Platform:Outbox";

    /// How often the dispatcher looks for events when nobody woke it.
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 100;

    /// The longest wait between retries of a failing event (the wait doubles from one second up to this).
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);
}
