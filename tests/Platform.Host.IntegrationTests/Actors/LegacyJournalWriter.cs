using Akka.Actor;
using Akka.Persistence;

namespace Platform.Host.IntegrationTests.Actors;

/// Journals events one to a row under a persistence id, as an entity of an earlier release did, and answers "done".
public sealed class LegacyJournalWriter : ReceivePersistentActor
{
    public LegacyJournalWriter(string persistenceId, IReadOnlyList<object> events)
    {
        PersistenceId = persistenceId;
        Command<string>(_ =>
        {
            var sender = Sender;
            var written = 0;
            PersistAll(events, _ => { if (++written == events.Count) sender.Tell("done"); });
        });
    }

    public override string PersistenceId { get; }
}
