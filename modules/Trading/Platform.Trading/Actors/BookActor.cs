using Akka.Actor;
using Akka.Event;
using Akka.Persistence;
using Platform.Trading.Domain.Books;
using Platform.Trading.Projection;

namespace Platform.Trading.Actors;

/// One book, event-sourced on the platform journal and reached through Cluster Sharding. It decides nothing itself:
/// <see cref="BookRules"/> does. Commands that arrive while a write is in flight wait in a buffer and are decided
/// together, in arrival order, on the state as it will be; their events are journaled in one write, a few dozen to a
/// row (<see cref="BookEvents"/>), and projected in one projector batch, and every caller is answered once its rows are
/// committed. So the throughput grows with the load instead of being one journal round trip per command. The write is
/// PersistAllAsync: with PersistAll, Akka stashes the commands that arrive during a write and hands them back one at a
/// time, so every write carried a single command.
internal sealed class BookActor : ReceivePersistentActor
{
    public const string PersistencePrefix = "trading-book-";
    private const int SnapshotEvery = 5_000;

    private readonly IActorRef _projector;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly List<(BookCommand Command, IActorRef Sender)> _buffer = [];
    private readonly List<(long Seq, BookEvent Event)> _recovered = [];
    private BookState _state;
    private bool _writing;
    private long _sinceSnapshot;

    public BookActor(string bookId, IActorRef projector)
    {
        _projector = projector;
        _state = BookState.Empty(bookId);
        PersistenceId = PersistencePrefix + bookId;
        Recover<SnapshotOffer>(offer =>
        {
            if (offer.Snapshot is BookSnapshot snapshot) _state = snapshot.ToState();
        });
        Recover<BookEvents>(row =>
        {
            foreach (var e in row.Events)
            {
                _state = BookRules.Apply(_state, e);
                _recovered.Add((LastSequenceNr, e));
            }
        });
        Recover<BookEvent>(e =>   // a row of one event, as journaled before BookEvents
        {
            _state = BookRules.Apply(_state, e);
            _recovered.Add((LastSequenceNr, e));
        });
        Recover<RecoveryCompleted>(_ =>
        {
            // events after the snapshot may be journaled but not projected (a crash between the two): write them again
            if (_recovered.Count > 0) _projector.Tell(new TradingProjector.Project(Projection(_recovered.ToList()), []));   // a copy: the list is cleared below
            _sinceSnapshot = _recovered.Count;
            _recovered.Clear();
        });
        Command<BookEnvelope>(envelope =>
        {
            _buffer.Add((envelope.Command, Sender));
            if (!_writing) Flush();
        });
        Command<GetBookFigures>(q =>
        {
            var earlier = q.IdempotencyKey is { } key && _state.Seen.TryGet(key, out var seen) ? new SeenKey(key, seen.ResultId, seen.RequestHash) : null;
            var figures = new BookFigures(_state.BookId, _state.HeldFace(q.BondId), _state.ReservedFace(q.BondId), _state.TradeCount, earlier,
                _state.Seen.MayHaveForgotten);
            // a key's result may still be on its way to the read model: then answer after it is written
            if (earlier is null) Sender.Tell(figures);
            else _projector.Tell(new TradingProjector.Project(null, [(Sender, (object)figures)]));
        });
        Command<WakeBook>(_ => _projector.Tell(new TradingProjector.Project(null, [(Sender, (object)new BookFigures(_state.BookId, 0, 0, _state.TradeCount))])));
        Command<FlushBuffered>(_ => { if (!_writing && _buffer.Count > 0) Flush(); });
        Command<Projected>(p =>
        {
            // a snapshot must cover only projected events: take it when the read model has caught up with the journal
            if (_sinceSnapshot < SnapshotEvery || _writing || p.Seq != LastSequenceNr) return;
            SaveSnapshot(BookSnapshot.Of(_state));
            _sinceSnapshot = 0;
        });
        Command<SaveSnapshotSuccess>(s => DeleteSnapshots(new SnapshotSelectionCriteria(s.Metadata.SequenceNr - 1)));
        Command<SaveSnapshotFailure>(f => _log.Warning(f.Cause, "book {0}: snapshot failed", _state.BookId));
        Command<DeleteSnapshotsSuccess>(_ => { });
        Command<DeleteSnapshotsFailure>(f => _log.Warning(f.Cause, "book {0}: deleting old snapshots failed", _state.BookId));
    }

    public override string PersistenceId { get; }

    private void Flush()
    {
        var tentative = _state;
        var events = new List<BookEvent>();
        var replies = new List<(IActorRef, object)>();
        foreach (var (command, sender) in _buffer)
        {
            switch (BookRules.Decide(tentative, command))
            {
                case BookDecision.Accept accept:
                    events.AddRange(accept.Events);
                    tentative = accept.Events.Aggregate(tentative, BookRules.Apply);
                    replies.Add((sender, new BookAccepted(ResultOf(accept.Events[^1]), false, SequenceOf(accept.Events[^1]))));
                    break;
                case BookDecision.Duplicate duplicate:
                    replies.Add((sender, new BookAccepted(duplicate.ResultId, true)));
                    break;
                case BookDecision.Refuse refuse:
                    sender.Tell(new BookRefused(refuse.Kind, refuse.Message, refuse.Field));
                    break;
            }
        }
        _buffer.Clear();
        if (events.Count == 0)
        {
            if (replies.Count > 0) _projector.Tell(new TradingProjector.Project(null, replies));   // after what is being written now
            return;
        }
        _writing = true;
        var first = LastSequenceNr + 1;
        var rows = BookEvents.Rows(events);
        var applied = 0;
        PersistAllAsync(rows, _ =>
        {
            if (++applied < rows.Count) return;
            // the state the batch was decided on is the fold of these very events: Apply is pure, so it is not run again
            _state = tentative;
            // the whole batch is journaled: project it, answer after the commit, and take the next batch as a message of
            // its own (persisting again from inside a persist handler would leave later commands in Akka's stash)
            var numbered = rows.SelectMany((row, r) => row.Events.Select(ev => (first + r, ev))).ToList();
            replies.Add((Self, new Projected(numbered[^1].Item1)));
            _projector.Tell(new TradingProjector.Project(Projection(numbered), replies));
            _sinceSnapshot += events.Count;
            _writing = false;
            if (_buffer.Count > 0) Self.Tell(FlushBuffered.Instance);
        });
    }

    private BookProjection Projection(IReadOnlyList<(long Seq, BookEvent Event)> events)
    {
        var bonds = events.SelectMany(e => BondsOf(e.Event)).Distinct(StringComparer.Ordinal);
        var figures = bonds.Select(b => new PositionFigure(b, _state.HeldFace(b), _state.ReservedFace(b))).ToList();
        return new BookProjection(_state.BookId, events, figures, events[^1].Seq);
    }

    private static IEnumerable<string> BondsOf(BookEvent e) => e switch
    {
        TicketSubmitted s => [s.Ticket.Request.BondId],
        TicketRevised v => [v.Ticket.Request.BondId, v.PreviousBondId],
        TradeBooked b => [b.Trade.Request.BondId],
        TicketRejected r => [r.BondId],
        _ => [],
    };

    /// The read model holds every event up to <see cref="Seq"/>.
    private sealed record Projected(long Seq);

    /// Decide the commands that arrived while the last batch was being journaled.
    private sealed record FlushBuffered
    {
        public static readonly FlushBuffered Instance = new();
    }

    private static long? SequenceOf(BookEvent e) => e switch
    {
        TradeBooked b => b.Sequence,
        DerivativeBooked d => d.Sequence,
        _ => null,
    };

    private static string ResultOf(BookEvent e) => e switch
    {
        TicketSubmitted s => s.Ticket.TicketId,
        TicketRevised v => v.Ticket.TicketId,
        TicketApproved a => a.TicketId,
        TicketRejected r => r.TicketId,
        TradeBooked b => b.TradeId,
        DerivativeBooked d => d.TradeId,
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "unknown book event"),
    };
}
