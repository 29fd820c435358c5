using Akka.Actor;
using Akka.Event;

namespace Platform.Trading.Projection;

/// Writes book projections with group commit: while one batch is being written the next gathers, so under load a
/// transaction carries thousands of trades and when idle a change is written at once. Replies go out only after the
/// rows they depend on are committed, so an answered ticket or order is in the read model.
internal sealed class TradingProjector : ReceiveActor, IWithTimers
{
    private readonly TradingProjectionStore _store;
    private readonly BookChanges _changes;
    private readonly List<BookProjection> _pending = [];
    private readonly List<(IActorRef To, object Reply)> _pendingReplies = [];
    private bool _writing;

    public TradingProjector(TradingProjectionStore store, BookChanges changes)
    {
        _store = store;
        _changes = changes;
        var log = Context.GetLogger();
        Receive<Project>(p =>
        {
            if (p.Projection is not null) _pending.Add(p.Projection);
            foreach (var reply in p.Replies) _pendingReplies.Add(reply);
            if (!_writing) Flush();
        });
        Receive<Written>(w =>
        {
            foreach (var (to, reply) in w.Replies) to.Tell(reply);
            _changes.Publish(w.Books);
            _writing = false;
            if (_pending.Count > 0 || _pendingReplies.Count > 0) Flush();
        });
        Receive<WriteFailed>(f =>
        {
            // the journal holds the events: put the batch back in front and try again shortly
            log.Error(f.Error, "writing {0} book projections failed; retrying", f.Batch.Count);
            _pending.InsertRange(0, f.Batch);
            _pendingReplies.InsertRange(0, f.Replies);
            _writing = false;
            Timers.StartSingleTimer("retry", RetryFlush.Instance, TimeSpan.FromMilliseconds(200));
        });
        Receive<RetryFlush>(_ => { if (!_writing && (_pending.Count > 0 || _pendingReplies.Count > 0)) Flush(); });
    }

    public ITimerScheduler Timers { get; set; } = null!;

    private void Flush()
    {
        var batch = _pending.ToList();
        var replies = _pendingReplies.ToList();
        _pending.Clear();
        _pendingReplies.Clear();
        _writing = true;
        if (batch.Count == 0)
        {
            Self.Tell(new Written(replies, []));
            return;
        }
        _store.WriteAsync(batch, CancellationToken.None).PipeTo(Self,
            success: () => new Written(replies, batch.Select(p => p.BookId).Distinct(StringComparer.Ordinal).ToList()),
            failure: ex => new WriteFailed(batch, replies, ex));
    }

    /// Write this projection (none: only pass the replies on after what is pending); then send each reply.
    public sealed record Project(BookProjection? Projection, IReadOnlyList<(IActorRef To, object Reply)> Replies);

    private sealed record Written(IReadOnlyList<(IActorRef To, object Reply)> Replies, IReadOnlyList<string> Books);

    private sealed record WriteFailed(IReadOnlyList<BookProjection> Batch, IReadOnlyList<(IActorRef To, object Reply)> Replies, Exception Error);

    private sealed record RetryFlush
    {
        public static readonly RetryFlush Instance = new();
    }
}
