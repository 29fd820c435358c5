namespace Platform.Trading.Contracts.Tickets;

/// Filters of the trade list: a book (required), a trade-date range, a bond.
public sealed record TradeQuery(string BookId, DateOnly? From = null, DateOnly? To = null, string? BondId = null);
