namespace Platform.Trading.Api;

/// The body of <c>POST /positions/snapshots</c>: the book to snapshot, or none for every book.
internal sealed record SnapshotBody(string? BookId = null);
