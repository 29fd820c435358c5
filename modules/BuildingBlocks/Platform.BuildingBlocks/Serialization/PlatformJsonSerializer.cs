using System.Text.Json;
using Akka.Actor;
using Akka.Serialization;

namespace Platform.BuildingBlocks.Serialization;

/// Akka serializer for persisted events and snapshots: System.Text.Json bytes plus the type's stable manifest.
/// Replaces Akka's default, which writes CLR type and assembly names into the journal.
public sealed class PlatformJsonSerializer(ExtendedActorSystem system, MessageManifestRegistry registry) : SerializerWithStringManifest(system)
{
    public const int Id = 7101;   // any free id above Akka's reserved range 0..100

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public override int Identifier => Id;

    public override byte[] ToBinary(object obj) => JsonSerializer.SerializeToUtf8Bytes(obj, obj.GetType(), JsonOptions);

    public override object FromBinary(byte[] bytes, string manifest) =>
        JsonSerializer.Deserialize(bytes, registry.TypeOf(manifest), JsonOptions)
        ?? throw new System.Runtime.Serialization.SerializationException($"Stored message with manifest '{manifest}' deserialised to null.");

    public override string Manifest(object o) => registry.ManifestOf(o.GetType());
}
