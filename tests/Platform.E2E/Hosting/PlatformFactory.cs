using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Platform.E2E.Hosting;

/// The real host, configured as an operator would for a demo: SQLite in a temporary folder, demo users on,
/// the actor system on a free port. It serves on Kestrel because the browser needs a real socket.
internal sealed class PlatformFactory : WebApplicationFactory<Program>
{
    private readonly string _databaseFile;
    private readonly int _port;

    public PlatformFactory(string databaseFile, int port)
    {
        (_databaseFile, _port) = (databaseFile, port);
        UseKestrel(port);
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{_port}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // Outside Development, ASP.NET Core serves static files only from a publish folder; the tests run the build
        // output, so they switch the build's static web assets (AntDesign, blazor.web.js, portal.css) on explicitly.
        builder.UseStaticWebAssets();
        builder.UseSetting("Platform:Database:Provider", "Sqlite");
        builder.UseSetting("Platform:Database:ConnectionString", $"Data Source={_databaseFile}");
        builder.UseSetting("Platform:Demo:Enabled", "true");
        builder.UseSetting("Platform:Trading:EndOfDaySnapshotAt", "");   // no clock-dependent end-of-day job unless a test asks for it
        builder.UseSetting("Platform:Akka:Port", "0");
        // A failing service call becomes an incident after three quick attempts rather than five over 15 seconds, so
        // that the incident tests do not wait; nothing else fails on purpose.
        builder.UseSetting("Platform:Workflows:MaxAttempts", "3");
        builder.UseSetting("Platform:Workflows:FirstRetryDelay", "00:00:00.200");
        builder.UseSetting("Urls", BaseAddress.ToString().TrimEnd('/'));
    }
}
