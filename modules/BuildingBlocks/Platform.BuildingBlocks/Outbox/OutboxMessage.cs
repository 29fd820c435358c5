namespace Platform.BuildingBlocks.Outbox;

/// An integration event rendered as the outbox stores it: its id, manifest and JSON payload. Rendered before a
/// transaction begins, so that the transaction (which holds the database's write lock on SQLite) only writes.
public sealed record OutboxMessage(string EventId, string Manifest, string Payload, long OccurredAtMs);
