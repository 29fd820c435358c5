namespace Platform.Host.Commands;

/// The maintenance commands the same executable offers beside serving: <c>migrate</c>, <c>seed-demo</c>,
/// <c>verify-audit</c> and <c>create-user</c>. Each runs against the configured database and exits.
internal static class HostCommand
{
    public static readonly string[] Names = ["migrate", "seed-demo", "verify-audit", "create-user"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Names.Contains(args[0], StringComparer.Ordinal);

    /// Strips the command and its own options, leaving the configuration arguments (--Key=Value) for the host.
    public static string[] ConfigurationArgs(string[] args) =>
        IsCommand(args) ? args.Skip(1).Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray() : args;

    public static async Task<int> RunAsync(string[] args, WebApplication app)
    {
        var options = CommandOptions.Parse(args.Skip(1).Where(a => !(a.StartsWith("--", StringComparison.Ordinal) && a.Contains('='))).ToArray());
        using var scope = app.Services.CreateScope();
        var sp = scope.ServiceProvider;
        return args[0] switch
        {
            "migrate" => await MaintenanceCommands.MigrateAsync(sp),
            "seed-demo" => await MaintenanceCommands.SeedDemoAsync(sp),
            "verify-audit" => await MaintenanceCommands.VerifyAuditAsync(sp),
            "create-user" => await MaintenanceCommands.CreateUserAsync(sp, options),
            _ => 2,
        };
    }
}
