using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Platform.BuildingBlocks.Persistence;
using Platform.Host.IntegrationTests.Support;
using Platform.Testing;
using Xunit;

namespace Platform.Host.IntegrationTests;

public sealed class AuditApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task Audit_verify_is_valid_and_then_names_the_entry_edited_in_the_database(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new PlatformFactory(database);
        var auditor = await PlatformFactory.SignedInAsync(host, "auditor1");

        var verify = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify", Ct);
        Assert.True(verify.GetProperty("valid").GetBoolean());
        var entries = verify.GetProperty("entries").GetInt64();
        Assert.True(entries >= 9, $"demo users and a sign-in should be audited, found {entries}");

        await using (var conn = await database.Connections.OpenAsync(Ct))
            await conn.ExecuteAsync("UPDATE platform_audit SET outcome = 'Succeeded' WHERE seq = 3");
        var broken = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify", Ct);

        Assert.False(broken.GetProperty("valid").GetBoolean());
        Assert.Equal(3, broken.GetProperty("firstBrokenEntry").GetInt64());
        Assert.Equal(2, broken.GetProperty("entries").GetInt64());
    }

    [Fact]
    public async Task Sign_ins_and_state_changing_requests_are_audited_and_filterable()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new PlatformFactory(database);
        await host.NewClient().PostAsJsonAsync("/api/v1/auth/login", new { userName = "steward1", password = "nope-12345" }, Ct);
        var auditor = await PlatformFactory.SignedInAsync(host, "auditor1");

        var signIns = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit?action=auth.sign-in&actor=steward1", Ct);
        var requests = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit?action=http.post&pageSize=50", Ct);

        var failed = Assert.Single(signIns.GetProperty("items").EnumerateArray());
        Assert.Equal("InvalidCredentials", failed.GetProperty("outcome").GetString());
        Assert.Contains(requests.GetProperty("items").EnumerateArray(), e =>
            e.GetProperty("target").GetString() == "/api/v1/auth/login" && e.GetProperty("outcome").GetString() == "401");
        await ProblemAssert.IsProblemAsync(await auditor.GetAsync("/api/v1/audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", Ct), HttpStatusCode.BadRequest, "to");
    }
}
