namespace Platform.E2E.Hosting;

/// Starts the platform once for the test run on a fresh database, and removes that database afterwards.
public sealed class PlatformServer : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "platform-e2e-" + Guid.NewGuid().ToString("N"));
    private PlatformFactory? _factory;

    public Uri BaseAddress => _factory?.BaseAddress ?? throw new InvalidOperationException("the platform has not started");

    public ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        _factory = new PlatformFactory(Path.Combine(_dataDirectory, "platform.db"), FreePort.OnLoopback());
        // Builds the host, runs its start-up (migrations, demo users) and opens the Kestrel socket.
        _factory.StartServer();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
            await _factory.DisposeAsync();
        // SQLite may keep the file a moment after the pool closes; a leftover temp folder is harmless.
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (IOException) { }
    }

    public Uri Url(string pathAndQuery) => new(BaseAddress, pathAndQuery);
}
