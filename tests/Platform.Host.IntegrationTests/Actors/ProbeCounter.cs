using Akka.Actor;
using Akka.Persistence;

namespace Platform.Host.IntegrationTests.Actors;

/// A persistent counter entity; it reads and writes its event through the two functions it is given, so one test
/// host can store the event under one CLR type and the next recover it as another.
public sealed class ProbeCounter : ReceivePersistentActor
{
    private int _count, _recovered;
    private readonly HashSet<string> _seen = [];

    public ProbeCounter(string entityId, Func<int, string, object> makeEvent, Func<object, (int By, string Key)?> readEvent)
    {
        PersistenceId = "probe-" + entityId;
        Recover<object>(e =>
        {
            if (readEvent(e) is not { } ev) return;   // RecoveryCompleted and the like
            Apply(ev);
            _recovered++;
        });
        Command<Increment>(cmd =>
        {
            if (_seen.Contains(cmd.IdempotencyKey))
            {
                Sender.Tell(new CountIs(cmd.EntityId, _count, _recovered));
                return;
            }
            Persist(makeEvent(cmd.By, cmd.IdempotencyKey), e =>
            {
                Apply(readEvent(e)!.Value);
                Sender.Tell(new CountIs(cmd.EntityId, _count, _recovered));
            });
        });
        Command<GetCount>(q => Sender.Tell(new CountIs(q.EntityId, _count, _recovered)));
    }

    public override string PersistenceId { get; }

    private void Apply((int By, string Key) e)
    {
        _count += e.By;
        _seen.Add(e.Key);
    }
}
