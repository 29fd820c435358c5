namespace Platform.BuildingBlocks.Serialization;

/// The stable name under which a persisted event, snapshot or integration event is stored, e.g.
/// <c>trading.order-placed.v1</c>. The journal and the outbox keep this name, never the CLR type name, so a type
/// can be renamed or moved to another namespace or assembly without breaking what is already stored.
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class MessageManifestAttribute(string manifest) : Attribute
{
    public string Manifest { get; } = manifest;
}
