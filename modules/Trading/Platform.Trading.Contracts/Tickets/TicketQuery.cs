namespace Platform.Trading.Contracts.Tickets;

/// Filters of the ticket list: whose, in which state, in which book.
public sealed record TicketQuery(string? Trader = null, string? Status = null, string? BookId = null);
