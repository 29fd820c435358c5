using System.Text;
using System.Text.Json;
using Platform.BuildingBlocks.Serialization;
using Platform.Trading.Actors;
using Platform.Trading.Contracts.Tickets;
using Platform.Trading.Domain.Books;
using Xunit;
using static Platform.Trading.Tests.Tickets.TicketSamples;

namespace Platform.Trading.Tests.Books;

/// Several book events in one journal row: each comes back as the type and values it was written with, under the
/// manifest its type has on its own.
public sealed class BookEventsTests
{
    /// One event of every kind a book journals, decided by the rules from an empty book.
    private static List<BookEvent> OneOfEach()
    {
        var events = new List<BookEvent>();
        var state = BookState.Empty("BOOK");
        void Run(BookCommand command)
        {
            var accept = Assert.IsType<BookDecision.Accept>(BookRules.Decide(state, command));
            events.AddRange(accept.Events);
            state = accept.Events.Aggregate(state, BookRules.Apply);
        }
        Run(new PlaceOrder(Trade(faceWan: 1000m), false, "k1", "h1", At));
        Run(new SubmitTicket(Ticket("T1", TradeDirections.Sell, 100m), false, "k2", "h2", At));
        Run(new ReviseTicket(Ticket("T1", TradeDirections.Sell, 80m), false, "k3", "h3", At));
        Run(new ApproveTicket("T1", "k4", At));
        Run(new RecordExecution("T1", Trade(TradeDirections.Sell, 80m, ticketId: "T1"), false, "k5", "h5", At));
        Run(new SubmitTicket(Ticket("T2"), false, "k6", "h6", At));
        Run(new RejectTicket("T2", "desk said no", "k7", At));
        Run(new BookDerivative(new DerivativeDocument("Swap", "trader1", "ICBC", "CFETS-1", "hedge", null, null, []), "k8", "h8", At));
        return events;
    }

    private static string Json(object value) => JsonSerializer.Serialize(value, value.GetType(), PlatformJsonSerializer.JsonOptions);

    [Fact]
    public void A_row_of_every_kind_of_event_reads_back_into_the_same_types_and_values()
    {
        var events = OneOfEach();
        var kinds = typeof(BookEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(BookEvent)) && !t.IsAbstract).ToHashSet();
        Assert.Equal(kinds, events.Select(e => e.GetType()).ToHashSet());   // a new kind of event must be added here

        var bytes = JsonSerializer.SerializeToUtf8Bytes(new BookEvents(events), PlatformJsonSerializer.JsonOptions);
        var back = JsonSerializer.Deserialize<BookEvents>(bytes, PlatformJsonSerializer.JsonOptions)!;

        Assert.Equal(events.Select(e => e.GetType()), back.Events.Select(e => e.GetType()));
        Assert.Equal(events.Select(Json), back.Events.Select(Json));
        Assert.Contains("\"manifest\":\"trading.trade-booked.v1\"", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_is_cut_into_rows_of_at_most_the_limit_in_order()
    {
        var events = Enumerable.Range(1, 2 * BookEvents.MaxPerRow + 3)
            .Select(i => (BookEvent)new TicketApproved($"T{i}", $"k{i}", "h", At)).ToList();
        var rows = BookEvents.Rows(events);
        Assert.Equal([BookEvents.MaxPerRow, BookEvents.MaxPerRow, 3], rows.Select(r => r.Events.Count));
        Assert.Equal(events, rows.SelectMany(r => r.Events));
    }

    [Theory]
    [InlineData("""{"events":[{"manifest":"trading.no-such-event.v1","event":{}}]}""")]
    [InlineData("""{"events":[{"event":{},"manifest":"trading.ticket-approved.v1"}]}""")]
    [InlineData("""{"events":{}}""")]
    public void A_row_with_an_unknown_manifest_or_out_of_shape_is_refused(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<BookEvents>(json, PlatformJsonSerializer.JsonOptions));
}
