using System.Globalization;
using Platform.Trading.Contracts.Tickets;

namespace Platform.Web.Components.Pages.Trading;

/// Keeps a live view current: it refreshes as soon as a book it shows changes on this node (IBookChanges), and every
/// few seconds anyway, since a book whose entity runs on another node, or a workflow step, changes what the view
/// shows without telling this node. Refreshes run on the component's dispatcher one at a time; triggers that come
/// while one runs are folded into one more. They render in the circuit's language, which the projector's thread that
/// raises a change does not carry.
public sealed class BookRefresher : IDisposable
{
    private readonly Func<string, bool> _shows;
    private readonly Func<Func<Task>, Task> _invoke;
    private readonly Func<Task> _refresh;
    private readonly Func<Exception, Task> _fail;
    private readonly IDisposable _subscription;
    private readonly Timer _timer;
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;
    private bool _running;
    private bool _again;
    private volatile bool _disposed;

    /// <param name="shows">Whether a changed book is one the view shows.</param>
    /// <param name="invoke">The component's InvokeAsync, which runs the refresh on its dispatcher.</param>
    /// <param name="refresh">Reloads what the view shows and renders it.</param>
    /// <param name="fail">The component's DispatchExceptionAsync: a refresh nobody awaits reports its failure there.</param>
    public BookRefresher(IBookChanges changes, Func<string, bool> shows, TimeSpan every, Func<Func<Task>, Task> invoke, Func<Task> refresh,
        Func<Exception, Task> fail)
    {
        (_shows, _invoke, _refresh, _fail) = (shows, invoke, refresh, fail);
        _subscription = changes.Subscribe(OnBookChanged);
        _timer = new Timer(_ => Trigger(), null, every, every);
    }

    // On the projector's thread: hand over and return at once.
    private void OnBookChanged(string bookId)
    {
        if (_shows(bookId)) Trigger();
    }

    private void Trigger()
    {
        if (_disposed) return;
        // A circuit that went away refuses the work; there is nothing left to refresh then.
        _invoke(RunAsync).ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);
    }

    private async Task RunAsync()
    {
        if (_disposed) return;
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (_culture, _uiCulture);
        if (_running)
        {
            _again = true;
            return;
        }
        _running = true;
        try
        {
            do
            {
                _again = false;
                await _refresh();
            }
            while (_again && !_disposed);
        }
        catch (Exception ex)
        {
            await _fail(ex);
        }
        finally
        {
            _running = false;
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _subscription.Dispose();
        _timer.Dispose();
    }
}
