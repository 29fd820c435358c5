using Platform.Administration.Contracts;
using Platform.BuildingBlocks.Audit;
using Platform.BuildingBlocks.Demo;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Validation;
using Platform.Host.Hosting;

namespace Platform.Host.Commands;

/// What each command does. Output is plain text for an operator; the exit code says whether it worked.
internal static class MaintenanceCommands
{
    public static async Task<int> MigrateAsync(IServiceProvider sp)
    {
        var applied = await sp.GetRequiredService<MigrationRunner>().RunAsync(CancellationToken.None);
        Console.WriteLine($"{sp.GetRequiredService<ISqlConnectionFactory>().Describe()}: {applied.Count} migration(s) applied.");
        foreach (var m in applied) Console.WriteLine($"  {m.Module} V{m.Version:D4} {m.Name}");
        return 0;
    }

    public static async Task<int> SeedDemoAsync(IServiceProvider sp)
    {
        await MigrateAsync(sp);
        await DatabaseInitializer.SeedDemoAsync(sp.GetServices<IDemoDataSeeder>(), CancellationToken.None);
        Console.WriteLine("Demo data is in place.");
        return 0;
    }

    public static async Task<int> VerifyAuditAsync(IServiceProvider sp)
    {
        var report = await sp.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None);
        Console.WriteLine(report.IsValid
            ? $"Audit chain valid: {report.ValidEntries} entries."
            : $"Audit chain BROKEN at entry {report.FirstBrokenSeq}: {report.Reason} ({report.ValidEntries} entries before it are valid).");
        return report.IsValid ? 0 : 1;
    }

    public static async Task<int> CreateUserAsync(IServiceProvider sp, CommandOptions options)
    {
        var userName = options["user"] ?? options["user-name"];
        var password = options["password"] ?? Environment.GetEnvironmentVariable("PLATFORM_NEW_USER_PASSWORD");
        var roles = (options["roles"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (userName is null || password is null || roles.Length == 0)
        {
            Console.Error.WriteLine("usage: create-user --user NAME --roles Role1,Role2 [--display-name TEXT] [--password P]");
            Console.Error.WriteLine("       (or the password in PLATFORM_NEW_USER_PASSWORD, which keeps it out of the process list)");
            Console.Error.WriteLine($"roles: {string.Join(", ", PlatformRoles.All)}");
            return 2;
        }
        await MigrateAsync(sp);
        try
        {
            var user = await sp.GetRequiredService<IUserAdministration>().CreateAsync(
                new CreateUserRequest(userName, options["display-name"] ?? userName, password, roles), "system:create-user", CancellationToken.None);
            Console.WriteLine($"Created user {user.UserName} with roles {string.Join(", ", user.Roles)}.");
            return 0;
        }
        catch (ValidationFailedException ex)
        {
            foreach (var (field, problems) in ex.Errors) Console.Error.WriteLine($"{field}: {string.Join("; ", problems)}");
            return 1;
        }
    }
}
