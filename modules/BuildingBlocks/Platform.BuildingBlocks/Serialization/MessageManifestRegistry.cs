using System.Collections.Frozen;
using System.Reflection;

namespace Platform.BuildingBlocks.Serialization;

/// Maps manifests to types and back, built once from the assemblies modules register. Two types claiming one
/// manifest, or a persisted type without a manifest, stop the start with a message naming them.
public sealed class MessageManifestRegistry
{
    private readonly FrozenDictionary<string, Type> _byManifest;
    private readonly FrozenDictionary<Type, string> _byType;

    public MessageManifestRegistry(IEnumerable<Type> types)
    {
        var byManifest = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in types.Distinct())
        {
            var manifest = type.GetCustomAttribute<MessageManifestAttribute>()?.Manifest
                ?? throw new InvalidOperationException($"{type.FullName} is persisted or published but has no [MessageManifest(\"module.name.v1\")].");
            if (string.IsNullOrWhiteSpace(manifest))
                throw new InvalidOperationException($"{type.FullName} has an empty manifest.");
            if (byManifest.TryGetValue(manifest, out var other))
                throw new InvalidOperationException($"Manifest '{manifest}' is claimed by both {other.FullName} and {type.FullName}.");
            byManifest[manifest] = type;
        }
        _byManifest = byManifest.ToFrozenDictionary(StringComparer.Ordinal);
        _byType = byManifest.ToFrozenDictionary(kv => kv.Value, kv => kv.Key);
    }

    /// The registry of every type in the assemblies that carries a manifest or is an <see cref="IPersistedMessage"/>.
    /// Plus the single <paramref name="types"/> registered on their own.
    public static MessageManifestRegistry From(IEnumerable<Assembly> assemblies, IEnumerable<Type> types) => new(
        assemblies.Distinct().SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract && !t.IsInterface &&
                        (t.IsDefined(typeof(MessageManifestAttribute), false) || typeof(IPersistedMessage).IsAssignableFrom(t)))
            .Concat(types));

    public string ManifestOf(Type type) => _byType.TryGetValue(type, out var m)
        ? m
        : throw new InvalidOperationException($"{type.FullName} has no registered manifest; add [MessageManifest] and register its assembly.");

    public Type TypeOf(string manifest) => _byManifest.TryGetValue(manifest, out var t)
        ? t
        : throw new InvalidOperationException($"No type is registered for manifest '{manifest}'. Was a type removed while stored data still uses it?");
}
