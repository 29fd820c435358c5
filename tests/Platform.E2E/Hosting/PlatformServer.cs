namespace Platform.E2E.Hosting;

/// Starts the platform once for the test run on a fresh database, and removes that database afterwards.
public sealed class PlatformServer : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "platform-e2e-" + Guid.NewGuid().ToString("N"));
    private PlatformFactory? _factory;

    public Uri BaseAddress => _factory?.BaseAddress ?? throw new InvalidOperationException("the platform has not started");

    /// The running host's services, for checking through a module's facade what the browser did.
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("the platform has not started");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        _factory = new PlatformFactory(Path.Combine(_dataDirectory, "platform.db"), FreePort.OnLoopback());
        // Builds the host, runs its start-up (migrations, demo users) and opens the Kestrel socket.
        _factory.StartServer();
        await EnsureBlazorScriptIsServedAsync();
    }

    // Without the framework script no page ever becomes interactive and every test would time out with a vague
    // message; this names the cause once.
    private async Task EnsureBlazorScriptIsServedAsync()
    {
        // No redirects: a missing file is answered by the sign-in page (deny-by-default), which must not pass for a script.
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = BaseAddress };
        using var response = await http.GetAsync("/_framework/blazor.web.js", TestContext.Current.CancellationToken);
        var length = (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length;
        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        if (response.StatusCode != System.Net.HttpStatusCode.OK || length == 0 || !type.Contains("javascript", StringComparison.Ordinal))
            throw new InvalidOperationException(
                $"the host answers /_framework/blazor.web.js with {(int)response.StatusCode}, {length} bytes of '{type}': the portal cannot become "
                + "interactive. The host project needs <RequiresAspNetWebAssets>true</RequiresAspNetWebAssets> (its pages live in Platform.Web).");
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
