namespace Platform.Trading.Domain.Books;

/// What the book keeps of a ticket not yet executed or rejected: enough to reserve a sale's face and to know its state.
public sealed record OpenTicket(string TicketId, string BondId, string Direction, decimal FaceWan, string Status, TicketDocument Document);
