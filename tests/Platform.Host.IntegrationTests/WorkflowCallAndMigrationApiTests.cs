using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.BuildingBlocks.Persistence;
using Platform.Host.IntegrationTests.Support;
using Platform.Testing;
using Xunit;

namespace Platform.Host.IntegrationTests;

/// A call activity running a child instance through the shard region, and a running instance moved to a new version.
public sealed class WorkflowCallAndMigrationApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_profile_deploys_the_spot_bond_ticket_once_and_it_runs()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using (var first = new PlatformFactory(database))
            await PlatformFactory.SignedInAsync(first, "trader1");
        await using var second = new PlatformFactory(database);
        var trader = await PlatformFactory.SignedInAsync(second, "trader1");

        var versions = await trader.GetFromJsonAsync<JsonElement>($"{BpmnApi.Definitions}/SpotBondTicket/versions", Ct);
        Assert.Equal(1, versions.GetProperty("total").GetInt64());
        var started = await WorkflowApi.StartAsync(trader, "SpotBondTicket", new { ticket = "CFETS-0001" }, "CFETS-0001");
        Assert.Equal("DeskReview", Assert.Single(WorkflowApi.OpenTasks(started)).Element);
        Assert.NotEqual(JsonValueKind.Null, started.GetProperty("tasks")[0].GetProperty("dueAt").ValueKind);
    }

    [Fact]
    public async Task A_call_activity_starts_its_child_and_goes_on_when_the_child_ends()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new PlatformFactory(database);
        var designer = await PlatformFactory.SignedInAsync(host, "designer1");
        await WorkflowApi.DeployAsync(designer, "child-confirm.bpmn");
        await WorkflowApi.DeployAsync(designer, "parent-calls-child.bpmn");
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");
        var settle = await PlatformFactory.SignedInAsync(host, "settle1");
        var approver = await PlatformFactory.SignedInAsync(host, "approver1");

        var parent = (await WorkflowApi.StartAsync(trader, "ParentCallsChild", new { counterparty = "CP-1" }, "T-C")).GetProperty("instanceId").GetString()!;
        var waiting = await WorkflowApi.WaitForAsync(trader, parent, i => i.GetProperty("childCalls").GetArrayLength() == 1);
        var childId = waiting.GetProperty("childCalls")[0].GetProperty("childInstanceId").GetString()!;
        var child = await WorkflowApi.WaitForAsync(settle, childId, i => WorkflowApi.OpenTasks(i).Count == 1);
        Assert.Equal(parent, child.GetProperty("parentInstanceId").GetString());
        Assert.Equal("CP-1", child.GetProperty("variables").GetProperty("counterparty").GetString());
        Assert.Equal("T-C", child.GetProperty("businessKey").GetString());

        await WorkflowApi.CompletedAsync(settle, WorkflowApi.OpenTasks(child)[0].Id, "approve", "confirmed by phone");

        var resumed = await WorkflowApi.WaitForAsync(trader, parent, i => WorkflowApi.OpenTasks(i).Count == 1);
        Assert.Equal("Review", WorkflowApi.OpenTasks(resumed)[0].Element);
        Assert.Empty(resumed.GetProperty("childCalls").EnumerateArray());
        Assert.Equal("approve", resumed.GetProperty("variables").GetProperty("outcome").GetString());
        Assert.Equal(1, (await WorkflowApi.WaitForInboxAsync(approver, "mine=true", 1)).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_running_instance_moves_to_a_new_version_only_with_a_mapping_that_loses_no_token()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new PlatformFactory(database);
        var designer = await PlatformFactory.SignedInAsync(host, "designer1");
        await WorkflowApi.DeployAsync(designer, "review-v1.bpmn");
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");
        var started = await WorkflowApi.StartAsync(trader, "ReviewFlow");
        var id = started.GetProperty("instanceId").GetString()!;
        await WorkflowApi.DeployAsync(designer, "review-v2.bpmn");
        var url = $"{WorkflowApi.Instances}/{id}/migrate";

        await ProblemAssert.IsProblemAsync(await trader.PostAsJsonAsync(url, new { toVersion = 2, mapping = Map("Check", "FirstCheck") }, Ct), HttpStatusCode.Forbidden);
        var lost = await designer.PostAsJsonAsync(url, new { toVersion = 2 }, Ct);
        var problem = await ProblemAssert.IsProblemAsync(lost, HttpStatusCode.BadRequest, "Check");
        Assert.Contains("Check", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(await designer.PostAsJsonAsync(url, new { toVersion = 2, mapping = Map("Check", "End") }, Ct), HttpStatusCode.BadRequest, "Check");
        await ProblemAssert.IsProblemAsync(await designer.PostAsJsonAsync(url, new { toVersion = 9, mapping = Map("Check", "FirstCheck") }, Ct), HttpStatusCode.NotFound);
        var dry = await designer.PostAsJsonAsync(url, new { toVersion = 2, mapping = Map("Check", "FirstCheck"), dryRun = true }, Ct);
        Assert.Equal(HttpStatusCode.OK, dry.StatusCode);
        Assert.Equal(1, (await WorkflowApi.GetAsync(trader, id)).GetProperty("definitionVersion").GetInt32());

        var moved = await designer.PostAsJsonAsync(url, new { toVersion = 2, mapping = Map("Check", "FirstCheck") }, Ct);

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var after = await moved.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(2, after.GetProperty("definitionVersion").GetInt32());
        var task = Assert.Single(WorkflowApi.OpenTasks(after));
        Assert.Equal(("FirstCheck", WorkflowApi.OpenTasks(started)[0].Id), task);   // the same task, now at its new element
        var approver = await PlatformFactory.SignedInAsync(host, "approver1");
        var next = await WorkflowApi.CompletedAsync(approver, task.Id, "approve");
        Assert.Equal("RiskCheck", Assert.Single(WorkflowApi.OpenTasks(next)).Element);   // the new version's path
        var auditor = await PlatformFactory.SignedInAsync(host, "auditor1");
        var audited = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit?action=workflow.instance.migrate", Ct);
        var entry = Assert.Single(audited.GetProperty("items").EnumerateArray());
        Assert.Equal("designer1", entry.GetProperty("actor").GetString());
        Assert.Contains("ReviewFlow v1 → v2; mapping Check→FirstCheck", entry.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// A mapping as a dictionary: an anonymous object's property names would be camel-cased on the way.
    private static Dictionary<string, string> Map(string from, string to) => new() { [from] = to };
}
