using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.BuildingBlocks.Serialization;
using Platform.Trading.Domain.Books;

namespace Platform.Trading.Actors;

/// Writes book events as <c>[{"manifest": "trading.trade-booked.v1", "event": {…}}, …]</c>: each under the manifest its
/// type has in the journal, so a stored row reads back into the same types after a class is renamed or moved.
internal sealed class BookEventListConverter : JsonConverter<IReadOnlyList<BookEvent>>
{
    private static readonly Dictionary<string, Type> Types = typeof(BookEvent).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(BookEvent)) && !t.IsAbstract)
        .ToDictionary(t => t.GetCustomAttribute<MessageManifestAttribute>()?.Manifest
            ?? throw new InvalidOperationException($"book event {t.Name} has no manifest"), StringComparer.Ordinal);

    private static readonly Dictionary<Type, string> Manifests = Types.ToDictionary(p => p.Value, p => p.Key);

    public override IReadOnlyList<BookEvent> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var events = new List<BookEvent>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(ref reader, JsonTokenType.StartObject);
            Property(ref reader, "manifest");
            var manifest = reader.GetString() ?? "";
            if (!Types.TryGetValue(manifest, out var type)) throw new JsonException($"unknown book event manifest '{manifest}'");
            Property(ref reader, "event");
            events.Add((BookEvent)(JsonSerializer.Deserialize(ref reader, type, options) ?? throw new JsonException($"an empty {manifest} event")));
            reader.Read();
            Expect(ref reader, JsonTokenType.EndObject);
        }
        Expect(ref reader, JsonTokenType.EndArray);
        return events;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<BookEvent> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var e in value)
        {
            writer.WriteStartObject();
            writer.WriteString("manifest", Manifests[e.GetType()]);
            writer.WritePropertyName("event");
            JsonSerializer.Serialize(writer, e, e.GetType(), options);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void Property(ref Utf8JsonReader reader, string name)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals(name))
            throw new JsonException($"expected the property '{name}' of a book event");
        reader.Read();
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (reader.TokenType != token) throw new JsonException($"expected {token} in a list of book events, found {reader.TokenType}");
    }
}
