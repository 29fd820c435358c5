using Akka.Actor;
using Akka.Event;

namespace Platform.Workflows.Projection;

/// Writes instance projections with group commit: while one batch is being written, the next one gathers, so under
/// load a transaction carries hundreds of instances and when idle a change is written at once. Each projection's
/// reply goes to whoever asked the instance only after its rows are committed, so an answered command is in the inbox.
internal sealed class InstanceProjector : ReceiveActor, IWithTimers
{
    private readonly ProjectionStore _store;
    private readonly Dictionary<string, InstanceProjection> _pending = new(StringComparer.Ordinal);
    private readonly List<(IActorRef To, object Reply)> _pendingReplies = [];
    private bool _writing;

    public InstanceProjector(ProjectionStore store)
    {
        _store = store;
        var log = Context.GetLogger();
        Receive<Project>(p =>
        {
            // a later projection of the same instance replaces an earlier one not yet written
            if (!_pending.TryGetValue(p.Projection.InstanceId, out var earlier) || earlier.JournalSeq <= p.Projection.JournalSeq)
                _pending[p.Projection.InstanceId] = p.Projection;
            if (p.ReplyTo is { } to && !to.IsNobody()) _pendingReplies.Add((to, p.Reply!));
            if (!_writing) Flush();
        });
        Receive<Written>(w =>
        {
            foreach (var (to, reply) in w.Replies) to.Tell(reply);
            _writing = false;
            if (_pending.Count > 0) Flush();
        });
        Receive<WriteFailed>(f =>
        {
            // the journal holds the events; put the batch back (unless newer ones came) and try again shortly
            log.Error(f.Error, "writing {0} workflow projections failed; retrying", f.Batch.Count);
            foreach (var p in f.Batch)
                if (!_pending.TryGetValue(p.InstanceId, out var newer) || newer.JournalSeq < p.JournalSeq) _pending[p.InstanceId] = p;
            _pendingReplies.InsertRange(0, f.Replies);
            _writing = false;
            Timers.StartSingleTimer("retry", RetryFlush.Instance, TimeSpan.FromMilliseconds(200));
        });
        Receive<RetryFlush>(_ => { if (!_writing && _pending.Count > 0) Flush(); });
    }

    public ITimerScheduler Timers { get; set; } = null!;

    private void Flush()
    {
        var batch = _pending.Values.ToList();
        var replies = _pendingReplies.ToList();
        _pending.Clear();
        _pendingReplies.Clear();
        _writing = true;
        _store.WriteAsync(batch, CancellationToken.None).PipeTo(Self,
            success: () => new Written(replies),
            failure: ex => new WriteFailed(batch, replies, ex));
    }

    /// Write this projection; then tell <paramref name="ReplyTo"/> the <paramref name="Reply"/>.
    public sealed record Project(InstanceProjection Projection, IActorRef? ReplyTo, object? Reply);

    private sealed record Written(IReadOnlyList<(IActorRef To, object Reply)> Replies);

    private sealed record WriteFailed(IReadOnlyList<InstanceProjection> Batch, IReadOnlyList<(IActorRef To, object Reply)> Replies, Exception Error);

    private sealed record RetryFlush
    {
        public static readonly RetryFlush Instance = new();
    }
}
