using Platform.BuildingBlocks.Serialization;

namespace Platform.Trading.Domain.Books;

/// What a book has accepted, in its journal under the manifest of the concrete type; the book's state is the fold of
/// these. Each carries the idempotency key of the command that caused it, so a replay rebuilds the keys seen too.
public abstract record BookEvent(string IdempotencyKey, string RequestHash, DateTimeOffset At) : IPersistedMessage;
