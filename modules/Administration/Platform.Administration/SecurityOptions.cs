using System.ComponentModel.DataAnnotations;

namespace Platform.Administration;

/// Configuration section <c>Platform:Security</c>.
public sealed class SecurityOptions
{
    public const string Section = "Platform:Security";

    /// Wrong passwords in a row before the account is locked.
    [Range(1, 100)]
    public int MaxFailedSignIns { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// How long a portal or API session lasts without activity.
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromHours(8);

    /// How often an open session is checked against the stored user (deactivated, locked, roles changed).
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan SessionRevalidationInterval { get; set; } = TimeSpan.FromSeconds(30);
}
