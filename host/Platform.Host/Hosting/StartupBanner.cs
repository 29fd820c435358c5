using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Platform.Administration;
using Platform.BuildingBlocks.Demo;

namespace Platform.Host.Hosting;

/// Once the server listens, prints where the portal is and, in the demo profile, the demo logins.
internal sealed class StartupBanner(IServer server, IHostApplicationLifetime lifetime, IOptions<DemoOptions> demo) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var lines = new List<string> { "", "FICC Platform is running 固收一体化平台已启动:" };
            lines.AddRange(addresses.Select(a => $"  portal {a}/    API {a}/openapi/v1.json    health {a}/health/ready"));
            if (demo.Value.Enabled)
            {
                lines.Add($"  demo logins 演示账号 (password 密码: {demo.Value.Password}):");
                lines.AddRange(AdministrationModule.DemoLogins.Select(l => $"    {l.UserName,-10} {l.Role}"));
            }
            lines.Add("");
            Console.WriteLine(string.Join(Environment.NewLine, lines));
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
