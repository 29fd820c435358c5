namespace Platform.BuildingBlocks.Serialization;

/// Marks events and snapshots that actors persist. Akka routes every such type to
/// <see cref="PlatformJsonSerializer"/>, which stores it under its <see cref="MessageManifestAttribute"/>.
public interface IPersistedMessage;
