using System.Collections.Immutable;
using Platform.Trading.Contracts.Tickets;

namespace Platform.Trading.Projection;

/// The node's subscribers to book changes; the projector publishes after each commit. A failing subscriber does not
/// stop the others or the projector.
internal sealed class BookChanges : IBookChanges
{
    private ImmutableList<Action<string>> _subscribers = [];

    public IDisposable Subscribe(Action<string> onChanged)
    {
        ImmutableInterlocked.Update(ref _subscribers, s => s.Add(onChanged));
        return new Subscription(() => ImmutableInterlocked.Update(ref _subscribers, s => s.Remove(onChanged)));
    }

    public void Publish(IEnumerable<string> bookIds)
    {
        var subscribers = _subscribers;
        if (subscribers.IsEmpty) return;
        foreach (var book in bookIds)
            foreach (var subscriber in subscribers)
            {
                try { subscriber(book); }
                catch (Exception) { /* a page that went away must not break the projector */ }
            }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) dispose();
        }
    }
}
