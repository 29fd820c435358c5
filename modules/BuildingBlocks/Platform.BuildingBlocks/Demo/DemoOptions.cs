namespace Platform.BuildingBlocks.Demo;

/// Configuration section <c>Platform:Demo</c>. Off by default: a production start never creates demo users.
public sealed class DemoOptions
{
    public const string Section = "Platform:Demo";

    public bool Enabled { get; set; }

    /// The password every demo user gets. Printed at start when the demo profile is on.
    public string Password { get; set; } = "Demo@2026";
}
