using System.Text.Json.Serialization;
using Platform.BuildingBlocks.Serialization;
using Platform.Trading.Domain.Books;

namespace Platform.Trading.Actors;

/// Book events journaled as one row. The entity writes the events of a batch of commands as a few of these instead of
/// a row each: the journal's cost is per row (its insert, its indexes, the plugin's work per row), so under load it
/// fell from about 95 µs to a few µs per event. A row is the unit of recovery and numbering: its events share its
/// sequence number. Rows journaled one event each, before this existed, recover as they are.
[MessageManifest("trading.book-events.v1")]
public sealed record BookEvents([property: JsonConverter(typeof(BookEventListConverter))] IReadOnlyList<BookEvent> Events) : IPersistedMessage
{
    /// At most this many events per row: a row of a thousand trades would be a megabyte of JSON, allocated on the
    /// large-object heap at every write, and a full collection would follow.
    public const int MaxPerRow = 48;

    public static IReadOnlyList<BookEvents> Rows(IReadOnlyList<BookEvent> events) =>
        events.Chunk(MaxPerRow).Select(chunk => new BookEvents(chunk)).ToList();
}
