using System.ComponentModel.DataAnnotations;
using Platform.Workflows.Runtime;

namespace Platform.Workflows;

/// Configuration section <c>Platform:Workflows</c>.
public sealed class WorkflowOptions
{
    public const string Section = "Platform:Workflows";

    /// How long an API call waits for its instance to answer (journaled and projected).
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan AskTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// How often the wake poller looks for due timers and service calls of instances not in memory.
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan WakeInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// How often the journal is checked for instances whose read model lags (it is also checked at every start).
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// How long one service-task handler call may take before it counts as failed.
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan HandlerTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// Attempts of a failing service call before it becomes an incident.
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = RetryPolicy.Default.MaxAttempts;

    /// The wait before the first retry; it doubles with each attempt up to <see cref="MaxRetryDelay"/>.
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = RetryPolicy.Default.FirstDelay;

    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = RetryPolicy.Default.MaxDelay;

    public RetryPolicy Retry => new(MaxAttempts, FirstRetryDelay, MaxRetryDelay);
}
