namespace Platform.Trading.Domain.Books;

/// A command to a book, with the caller's idempotency key and a hash of what it asked (a key reused for a different
/// request is refused, not answered with the first one's result).
public abstract record BookCommand(string IdempotencyKey, string RequestHash, DateTimeOffset At);
