using Platform.BuildingBlocks.Persistence;

namespace Platform.Host.Configuration;

/// Configuration section <c>Platform:Akka</c>. With no seed nodes the node forms a cluster of its own,
/// which is the single-server deployment; list the same seeds on every node to form a cluster of several.
public sealed class AkkaOptions
{
    public const string Section = "Platform:Akka";

    public string SystemName { get; set; } = "platform";

    /// The address other nodes reach this one at.
    public string Hostname { get; set; } = "127.0.0.1";

    /// 0 picks a free port (tests); a fixed port is needed for a multi-node cluster.
    public int Port { get; set; } = 4053;

    /// e.g. <c>akka.tcp://platform@10.0.0.11:4053</c>.
    public string[] SeedNodes { get; set; } = [];

    /// Where the event journal lives when not in the platform database: needed on Dameng, which the journal's
    /// SQL library (linq2db) does not support. Sqlite or PostgreSql; empty means the platform database.
    public DatabaseKind? JournalProvider { get; set; }

    public string? JournalConnectionString { get; set; }
}
