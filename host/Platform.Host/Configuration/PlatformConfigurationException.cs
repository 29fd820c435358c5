namespace Platform.Host.Configuration;

/// A setting is missing or wrong; the message names it, and the host stops before serving anything.
public sealed class PlatformConfigurationException(string setting, string problem)
    : Exception($"Configuration error in '{setting}': {problem}")
{
    public string Setting { get; } = setting;
}
