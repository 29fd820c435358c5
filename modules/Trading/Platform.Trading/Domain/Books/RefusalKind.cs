namespace Platform.Trading.Domain.Books;

/// Why a book refused a command: a broken rule (422), a missing ticket (404), or a state that does not allow it (409).
public enum RefusalKind
{
    Rule,
    NotFound,
    Conflict,
}
