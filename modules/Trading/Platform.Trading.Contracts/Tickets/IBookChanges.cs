namespace Platform.Trading.Contracts.Tickets;

/// Tells live views (blotter, positions, tickets) that a book's read model changed on this node, as soon as the rows
/// are committed. A view refreshes what it shows of that book; it should also refresh now and then by itself, since a
/// book whose entity runs on another node changes the read model without telling this node.
public interface IBookChanges
{
    /// Calls <paramref name="onChanged"/> with the book id after each commit touching that book, until disposed. The
    /// callback runs on the projector's thread: hand the work over (e.g. InvokeAsync in a component) and return at once.
    IDisposable Subscribe(Action<string> onChanged);
}
