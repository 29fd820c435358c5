namespace Platform.Trading.Domain.Books;

/// What a book decides about a command: events to persist, the earlier result of the same idempotency key, or a
/// refusal with its reason (<see cref="RefusalKind"/>) and a message naming the field when there is one.
public abstract record BookDecision
{
    public sealed record Accept(IReadOnlyList<BookEvent> Events) : BookDecision;

    /// The same key and request came before: <see cref="ResultId"/> is the ticket or trade it produced.
    public sealed record Duplicate(string ResultId) : BookDecision;

    public sealed record Refuse(RefusalKind Kind, string Message, string? Field = null) : BookDecision;
}
