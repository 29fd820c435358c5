namespace Platform.BuildingBlocks.Serialization;

/// A single message type registered with the <see cref="MessageManifestRegistry"/> without its whole assembly.
public sealed record ManifestType(Type Type);
