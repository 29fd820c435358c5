using System.Text.Json;
using Akka.Actor;
using Akka.Hosting;
using Platform.Trading.Actors;
using Platform.Trading.Application.Desk;
using Platform.Trading.Domain.Books;
using Platform.Workflows.Contracts;

namespace Platform.Trading.Workflows;

/// The service tasks that carry the approval process's decision to the ticket's book: approved (the ticket may be
/// executed) or rejected (a sale's reservation is released). The engine's idempotency key is the book command's, so a
/// retry after a restart changes nothing twice.
internal sealed class TicketDecisionHandler(IRequiredActor<BookRegion> region, bool approve) : IServiceTaskHandler
{
    public string Name => approve ? TicketProcess.ApprovedHandler : TicketProcess.RejectedHandler;

    public async Task<IReadOnlyDictionary<string, JsonElement>> ExecuteAsync(ServiceTaskContext context, CancellationToken ct)
    {
        var ticketId = Text(context, "ticketId");
        var bookId = Text(context, "bookId");
        var key = "workflow:" + context.IdempotencyKey;
        BookCommand command = approve
            ? new ApproveTicket(ticketId, key, DateTimeOffset.UtcNow)
            : new RejectTicket(ticketId, context.Variables.TryGetValue("comment", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "审批未通过 rejected", key, DateTimeOffset.UtcNow);
        var shards = await region.GetAsync(ct);
        var answer = await shards.Ask<object>(new BookEnvelope(bookId, command), TimeSpan.FromSeconds(30), ct);
        if (answer is BookRefused { Kind: not RefusalKind.NotFound } refused)
            throw new InvalidOperationException($"book {bookId} refused {(approve ? "the approval" : "the rejection")} of ticket {ticketId}: {refused.Message}");
        return new Dictionary<string, JsonElement> { ["ticketStatus"] = JsonSerializer.SerializeToElement(approve ? TicketStatuses.Approved : TicketStatuses.Rejected) };
    }

    private static string Text(ServiceTaskContext context, string name) =>
        context.Variables.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()!
            : throw new InvalidOperationException($"process variable '{name}' is missing: the ticket cannot be found");
}
