using Microsoft.Extensions.Options;
using Platform.Host.Commands;
using Platform.Host.Configuration;
using Platform.Host.Hosting;

try
{
    var builder = WebApplication.CreateBuilder(HostCommand.ConfigurationArgs(args));
    builder.AddPlatform();
    var app = builder.Build();
    app.UsePlatform();
    if (HostCommand.IsCommand(args))
        return await HostCommand.RunAsync(args, app);
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is PlatformConfigurationException or OptionsValidationException)
{
    Console.Error.WriteLine($"Platform cannot start. {ex.Message}");
    return 2;
}
catch (Exception ex) when (ex is not OperationCanceledException)
{
    Console.Error.WriteLine($"Platform stopped: {ex.Message}");
    return 1;
}

/// The host's entry point type, visible to WebApplicationFactory in the tests.
public partial class Program;
