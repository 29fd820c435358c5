using System.Net.Http.Json;
using Dapper;
using Platform.BuildingBlocks.Persistence;
using Platform.Host.IntegrationTests.Support;
using Platform.Testing;
using Xunit;

namespace Platform.Host.IntegrationTests;

/// The host executable as operators run it: its commands, its refusals to start, and a hard kill mid-traffic.
public sealed class HostProcessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Commands_migrate_create_a_user_and_verify_the_audit_chain()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);

        var migrate = await HostProcess.RunAsync(database, "migrate");
        var create = await HostProcess.RunAsync(database, "create-user", "--user", "ops.li", "--roles", "SettlementOps,Auditor", "--password", "Ops2026abc");
        var bad = await HostProcess.RunAsync(database, "create-user", "--user", "ops.wang", "--roles", "Superuser", "--password", "Ops2026abc");
        var verify = await HostProcess.RunAsync(database, "verify-audit");

        Assert.True(migrate.ExitCode == 0, migrate.Output);
        Assert.Contains("migration(s) applied", migrate.Output);
        Assert.True(create.ExitCode == 0, create.Output);
        Assert.Contains("Created user ops.li", create.Output);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("roles: unknown role 'Superuser'", bad.Output);
        Assert.True(verify.ExitCode == 0, verify.Output);
        Assert.Contains("Audit chain valid: 1 entries.", verify.Output);
    }

    [Fact]
    public async Task Seed_demo_is_idempotent_and_verify_audit_reports_a_tampered_entry()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        Assert.Equal(0, (await HostProcess.RunAsync(database, "seed-demo")).ExitCode);
        Assert.Equal(0, (await HostProcess.RunAsync(database, "seed-demo")).ExitCode);
        await using (var conn = await database.Connections.OpenAsync(Ct))
        {
            Assert.Equal(Platform.Administration.Contracts.PlatformRoles.All.Count, await conn.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM administration_users"));   // one demo user per role
            await conn.ExecuteAsync("UPDATE platform_audit SET detail = 'roles=Admin' WHERE seq = 2");
        }

        var verify = await HostProcess.RunAsync(database, "verify-audit");

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("BROKEN at entry 2", verify.Output);
    }

    [Fact]
    public async Task Missing_dameng_provider_stops_the_start_naming_the_setting()
    {
        await using var host = HostProcess.Start("Server=127.0.0.1;Port=5236;User Id=SYSDBA", "Dameng", "--Platform:Database:DamengProviderPath=/nonexistent/DmProvider.dll");
        Assert.Equal(2, await host.WaitForExitAsync(TimeSpan.FromMinutes(1)));
        Assert.Contains("Platform:Database:DamengProviderPath", host.Output);
    }

    [Fact]
    public async Task Unreachable_database_stops_the_start_with_a_clear_message()
    {
        await using var host = HostProcess.Start("Host=127.0.0.1;Port=1;Username=nobody;Timeout=2", "PostgreSql");
        Assert.NotEqual(0, await host.WaitForExitAsync(TimeSpan.FromMinutes(1)));
        Assert.Contains("Cannot prepare the database (PostgreSQL 127.0.0.1:1", host.Output);
    }

    [Fact]
    public async Task Invalid_option_stops_the_start_naming_it()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = HostProcess.Start(database, "--Platform:Security:MaxFailedSignIns=0");
        Assert.NotEqual(0, await host.WaitForExitAsync(TimeSpan.FromMinutes(1)));
        Assert.Contains("MaxFailedSignIns", host.Output);
    }

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task Killing_the_host_mid_traffic_loses_no_acknowledged_sign_in_and_keeps_the_audit_chain_valid(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = HostProcess.Start(database, "--Platform:Demo:Enabled=true");
        await host.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseAddress), Timeout = TimeSpan.FromSeconds(10) };
        var acknowledged = 0;
        var load = Task.Run(async () =>
        {
            for (var i = 0; i < 2000; i++)
            {
                try
                {
                    // Each answered sign-in has committed its audit record (same transaction as the failure count).
                    var r = await http.PostAsJsonAsync("/api/v1/auth/login", new { userName = $"probe{i % 50}", password = "Wrong12345" });
                    if ((int)r.StatusCode == 401) Interlocked.Increment(ref acknowledged);
                }
                catch (HttpRequestException) { return; }
                catch (TaskCanceledException) { return; }
            }
        }, Ct);
        while (Volatile.Read(ref acknowledged) < 30 && !load.IsCompleted) await Task.Delay(20, Ct);
        Assert.True(Volatile.Read(ref acknowledged) >= 30, $"the host answered only {acknowledged} sign-ins before the load stopped:\n{host.Output}");

        host.Kill();
        await load;

        var verify = await HostProcess.RunAsync(database, "verify-audit");
        Assert.True(verify.ExitCode == 0, verify.Output);
        await using var conn = await database.Connections.OpenAsync(Ct);
        var audited = await conn.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM platform_audit WHERE action = 'auth.sign-in' AND actor LIKE 'probe%'");
        Assert.True(audited >= acknowledged, $"{acknowledged} sign-ins were answered but only {audited} are in the audit trail");
    }
}
