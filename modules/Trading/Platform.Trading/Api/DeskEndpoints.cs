using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Platform.Administration.Contracts;
using Platform.BuildingBlocks.Paging;
using Platform.SharedKernel;
using Platform.Trading.Application.Desk;
using Platform.Trading.Contracts.Tickets;

namespace Platform.Trading.Api;

/// Tickets, orders, trades and positions over HTTP. Writes need the header <c>Idempotency-Key</c>: the same key from the
/// same user returns the first answer. Failed pre-trade checks are a 422 problem whose <c>checks</c> list every verdict.
internal static class DeskEndpoints
{
    private const string KeyHeader = "Idempotency-Key";
    private static readonly string[] Traders = [PlatformRoles.Trader, PlatformRoles.Admin];
    private static readonly string[] SnapshotTakers = [PlatformRoles.Trader, PlatformRoles.RiskOfficer, PlatformRoles.Admin];

    public static RouteGroupBuilder MapDeskEndpoints(this RouteGroupBuilder trading)
    {
        var tickets = trading.MapGroup("/tickets").WithTags("Trading tickets").RequireAuthorization();
        tickets.MapPost("/", async ([FromHeader(Name = KeyHeader)] string? key, TicketRequest request, ITradingDesk desk, ClaimsPrincipal user, CancellationToken ct) =>
                await CheckedResults.Of(async () =>
                {
                    var ticket = await desk.SubmitTicketAsync(request, user.Identity!.Name!, key ?? "", ct);
                    return TypedResults.Created($"/api/v1/trading/tickets/{ticket.TicketId}", ticket);
                }))
            .RequireAuthorization(p => p.RequireRole(Traders))
            .WithSummary("Submits an inter-bank spot ticket (银行间现券审批单): validated, priced, checked, and sent to approval. 201 with the ticket and its checks; 422 when a check fails.");
        tickets.MapPost("/preview", async (TicketRequest request, ITradingDesk desk, ClaimsPrincipal user, CancellationToken ct) =>
                TypedResults.Ok(await desk.PreviewAsync(request, user.Identity!.Name!, ct)))
            .RequireAuthorization(p => p.RequireRole(Traders))
            .WithSummary("What a ticket would be now: clean and full price, yields, settlement amount, deviation, each check's verdict. Changes nothing.");
        tickets.MapGet("/{ticketId}", async (string ticketId, ITradingDesk desk, CancellationToken ct) =>
                await desk.FindTicketAsync(ticketId, ct) is { } ticket ? Results.Ok(ticket)
                    : Results.Problem(statusCode: 404, title: new LocalizedText("未找到", "Not found").Current, detail: new LocalizedText($"审批单 {ticketId} 不存在", $"ticket {ticketId} does not exist").Current))
            .WithSummary("One ticket with its approval state, checks, process instance and trade.");
        tickets.MapGet("/", async (bool? mine, string? status, string? book, int? page, int? pageSize, ITradingDesk desk, ClaimsPrincipal user, CancellationToken ct) =>
                TypedResults.Ok(await desk.ListTicketsAsync(new TicketQuery(mine == true ? user.Identity!.Name : null, status, book), PageRequest.Of(page, pageSize), ct)))
            .WithSummary("Tickets, newest first: `mine=true` for one's own, by status or book.");
        tickets.MapPost("/{ticketId}/revision", async (string ticketId, [FromHeader(Name = KeyHeader)] string? key, TicketRequest request, ITradingDesk desk, ClaimsPrincipal user, CancellationToken ct) =>
                await CheckedResults.Of(async () => TypedResults.Ok(await desk.ReviseTicketAsync(ticketId, request, user.Identity!.Name!, key ?? "", ct))))
            .RequireAuthorization(p => p.RequireRole(Traders))
            .WithSummary("Revises a ticket an approver sent back (its trader only, same book): validated, priced and checked again, then resubmitted for approval. 409 when it was not sent back; 422 when a check fails.");
        tickets.MapPost("/{ticketId}/revision/preview", async (string ticketId, TicketRequest request, ITradingDesk desk, ClaimsPrincipal user, CancellationToken ct) =>
                TypedResults.Ok(await desk.PreviewRevisionAsync(ticketId, request, user.Identity!.Name!, ct)))
            .RequireAuthorization(p => p.RequireRole(Traders))
            .WithSummary("What a revision of a ticket would be now (its own reservation and exposure count as released). Changes nothing.");
        tickets.MapPost("/{ticketId}/execution", async (string ticketId, [FromHeader(Name = KeyHeader)] string? key, ExecutionRequest request, ITradingDesk desk, ClaimsPrincipal user, CancellationToken ct) =>
                await CheckedResults.Of(async () => TypedResults.Ok(await desk.RecordExecutionAsync(ticketId, request, user.Identity!.Name!, key ?? "", ct))))
            .RequireAuthorization(p => p.RequireRole(Traders))
            .WithSummary("Records an approved ticket's execution on CFETS (deal number, executed price of the ticket's price kind): the trade is booked.");

        trading.MapPost("/orders", async ([FromHeader(Name = KeyHeader)] string? key, OrderRequest request, ITradingDesk desk, ClaimsPrincipal user, CancellationToken ct) =>
                await CheckedResults.Of(async () =>
                {
                    var result = await desk.PlaceOrderAsync(request, user.Identity!.Name!, key ?? "", ct);
                    return TypedResults.Created($"/api/v1/trading/trades/{result.Trade.TradeId}", result);
                }))
            .RequireAuthorization(p => p.RequireRole(Traders))
            .WithTags("Trading orders")
            .WithSummary("Books a pre-approved execution at once: the same checks as a ticket, no approval. 201 with the trade; 422 when a check fails.");
        trading.MapGet("/trades", async (string? book, DateOnly? from, DateOnly? to, string? bondId, int? page, int? pageSize, ITradingDesk desk, CancellationToken ct) =>
                TypedResults.Ok(await desk.ListTradesAsync(new TradeQuery(book ?? "", from, to, bondId), PageRequest.Of(page, pageSize), ct)))
            .RequireAuthorization()
            .WithTags("Trading blotter")
            .WithSummary("A book's trades, newest first, by trade date range and bond (paged).");
        trading.MapGet("/positions", async (string? book, ITradingDesk desk, CancellationToken ct) => TypedResults.Ok(await desk.PositionsAsync(book ?? "", ct)))
            .RequireAuthorization()
            .WithTags("Trading blotter")
            .WithSummary("A book's positions: face held and promised, market value, accrued and DV01 on the latest valuation.");
        trading.MapPost("/positions/snapshots", async (SnapshotBody? body, PositionSnapshots snapshots, ClaimsPrincipal user, CancellationToken ct) =>
                TypedResults.Created("/api/v1/trading/positions/snapshots", await snapshots.TakeAsync(body?.BookId, user.Identity!.Name!, ct)))
            .RequireAuthorization(p => p.RequireRole(SnapshotTakers))
            .WithTags("Trading blotter")
            .WithSummary("Takes today's end-of-day position snapshot (日终持仓快照) of one book, or of every book when bookId is left out; a day taken again is replaced. The end-of-day job takes it by itself at Platform:Trading:EndOfDaySnapshotAt.");
        trading.MapGet("/positions/snapshots", async (string? book, DateOnly? date, PositionSnapshots snapshots, CancellationToken ct) =>
            {
                var (summary, positions) = await snapshots.FindAsync(book, date ?? snapshots.Today, ct);
                return TypedResults.Ok(new PositionSnapshotView(summary, positions));
            })
            .RequireAuthorization()
            .WithTags("Trading blotter")
            .WithSummary("A book's end-of-day snapshot of a day (today when no date): the positions as valued then, with totals. 404 when the day was not taken.");
        return trading;
    }
}
