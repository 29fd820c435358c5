using System.Reflection;

namespace Platform.BuildingBlocks.Serialization;

/// An assembly whose persisted and integration messages join the <see cref="MessageManifestRegistry"/>.
public sealed record ManifestAssembly(Assembly Assembly);
