namespace Platform.Trading.Domain.Books;

/// Book a captured derivative. It moves no bond inventory: the book only numbers it and remembers its key.
public sealed record BookDerivative(DerivativeDocument Derivative, string IdempotencyKey, string RequestHash, DateTimeOffset At)
    : BookCommand(IdempotencyKey, RequestHash, At);
