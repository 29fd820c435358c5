namespace Platform.Trading.Contracts.Derivatives;

/// Filters of the derivative list: a book (required), a kind (<see cref="DerivativeKinds"/>), a trade-date range.
public sealed record DerivativeQuery(string BookId, string? Kind = null, DateOnly? From = null, DateOnly? To = null);
