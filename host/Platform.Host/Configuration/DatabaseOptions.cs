using Platform.BuildingBlocks.Persistence;

namespace Platform.Host.Configuration;

/// Configuration section <c>Platform:Database</c>: which database and how to reach it.
public sealed class DatabaseOptions
{
    public const string Section = "Platform:Database";

    public DatabaseKind Provider { get; set; } = DatabaseKind.Sqlite;

    public string ConnectionString { get; set; } = "";

    /// Full path of Dameng's DmProvider.dll (ships with the DM8 install); required when Provider is Dameng.
    public string? DamengProviderPath { get; set; }
}
