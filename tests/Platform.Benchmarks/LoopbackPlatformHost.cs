extern alias host;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Benchmarks;

/// The real host (the composition operators run) in this process on the embedded SQLite database in a directory of its
/// own, with the demo users, served by Kestrel on a free loopback port instead of WebApplicationFactory's in-memory
/// server, so that requests go through sockets and HTTP parsing as a client's do.
internal sealed class LoopbackPlatformHost(string dataDirectory) : WebApplicationFactory<host::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Platform:Database:Provider", "Sqlite");
        builder.UseSetting("Platform:Database:ConnectionString", $"Data Source={Path.Combine(dataDirectory, "platform.db")}");
        builder.UseSetting("Platform:Demo:Enabled", "true");
        builder.UseSetting("Platform:Akka:Port", "0");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");   // the request log would drown the benchmark's output
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Warning");
    }

    /// Starts the host and returns the address it listens on.
    public Uri Start()
    {
        // WebApplicationFactory looks for its content-root manifest in the current directory, which a benchmark run does
        // not set; this documented override points it at the output folder, where the host's appsettings.json is copied.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PLATFORM_HOST", AppContext.BaseDirectory);
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("the host reports no address");
        return new Uri(addresses.First());
    }
}
