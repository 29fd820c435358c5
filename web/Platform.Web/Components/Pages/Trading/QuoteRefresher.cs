namespace Platform.Web.Components.Pages.Trading;

/// Refreshes the quote board every few seconds: quotes come from traders on any node and age by the clock, so the
/// board polls rather than waits for a signal. A refresh runs on the component's dispatcher; a tick that comes while
/// one still runs is dropped, since the next tick comes soon enough.
public sealed class QuoteRefresher : IDisposable
{
    private readonly Func<Func<Task>, Task> _invoke;
    private readonly Func<Task> _refresh;
    private readonly Func<Exception, Task> _fail;
    private readonly Timer _timer;
    private bool _running;
    private volatile bool _disposed;

    /// <param name="invoke">The component's InvokeAsync, which runs the refresh on its dispatcher.</param>
    /// <param name="refresh">Reloads the board and renders it.</param>
    /// <param name="fail">The component's DispatchExceptionAsync: a refresh nobody awaits reports its failure there.</param>
    public QuoteRefresher(TimeSpan every, Func<Func<Task>, Task> invoke, Func<Task> refresh, Func<Exception, Task> fail)
    {
        (_invoke, _refresh, _fail) = (invoke, refresh, fail);
        _timer = new Timer(_ => Tick(), null, every, every);
    }

    private void Tick()
    {
        if (_disposed) return;
        // A circuit that went away refuses the work; there is nothing left to refresh then.
        _invoke(RunAsync).ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);
    }

    private async Task RunAsync()
    {
        if (_disposed || _running) return;
        _running = true;
        try
        {
            await _refresh();
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
        _timer.Dispose();
    }
}
