using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Testing;

namespace Platform.Host.IntegrationTests.Support;

/// The real host in process on a test database, with the demo users, a free Akka port, and optional extra services
/// (a test's own actors or message types).
public sealed class PlatformFactory(TestDatabase database, Action<IServiceCollection>? configure = null, IDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Demo@2026";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Platform:Database:Provider", database.Kind.ToString());
        builder.UseSetting("Platform:Database:ConnectionString", database.ConnectionString);
        builder.UseSetting("Platform:Demo:Enabled", "true");
        builder.UseSetting("Platform:Trading:EndOfDaySnapshotAt", "");   // no clock-dependent end-of-day job unless a test asks for it
        builder.UseSetting("Platform:Akka:Port", "0");
        builder.UseSetting("Platform:Outbox:PollInterval", "00:00:00.200");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            builder.UseSetting(key, value);
        if (configure is not null) builder.ConfigureServices(configure);
    }

    /// A client that keeps cookies and does not follow redirects, so a test sees 302s and 401s as they are.
    /// It asks for English messages, as a script would; without Accept-Language the API answers in Chinese.
    public HttpClient NewClient(string language = "en-US")
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    public static async Task<HttpClient> SignedInAsync(PlatformFactory factory, string userName)
    {
        var client = factory.NewClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName, password = DemoPassword }, Xunit.TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return client;
    }
}
