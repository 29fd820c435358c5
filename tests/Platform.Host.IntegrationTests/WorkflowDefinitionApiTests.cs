using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.BuildingBlocks.Persistence;
using Platform.Host.IntegrationTests.Support;
using Platform.Testing;
using Xunit;

namespace Platform.Host.IntegrationTests;

/// Deploying BPMN definitions as numbered versions and reading them back, on SQLite and PostgreSQL.
public sealed class WorkflowDefinitionApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task Deploying_numbers_versions_and_identical_xml_creates_none(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new PlatformFactory(database);
        var designer = await PlatformFactory.SignedInAsync(host, "designer1");
        var v1 = BpmnApi.Read("two-step-approval.bpmn");
        var v2 = v1.Replace("name=\"交易审批\"", "name=\"交易审批（二）\"", StringComparison.Ordinal);

        var first = await BpmnApi.DeployAsync(designer, v1);
        var second = await BpmnApi.DeployAsync(designer, v2, "text/xml");
        var again = await BpmnApi.DeployAsync(designer, v2);

        await AssertDeployedAsync(first, HttpStatusCode.Created, "TradeApproval", 1, "交易审批", created: true);
        await AssertDeployedAsync(second, HttpStatusCode.Created, "TradeApproval", 2, "交易审批（二）", created: true);
        await AssertDeployedAsync(again, HttpStatusCode.OK, "TradeApproval", 2, "交易审批（二）", created: false);
        var versions = await designer.GetFromJsonAsync<JsonElement>($"{BpmnApi.Definitions}/TradeApproval/versions", Ct);
        Assert.Equal(2, versions.GetProperty("total").GetInt64());
        Assert.Equal([2, 1], versions.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.All(versions.GetProperty("items").EnumerateArray(), v => Assert.Equal("designer1", v.GetProperty("deployedBy").GetString()));

        var auditor = await PlatformFactory.SignedInAsync(host, "auditor1");
        var deployments = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit?action=workflow.definition.deploy", Ct);
        Assert.Equal(["deployed:workflow-definition:TradeApproval:v1", "deployed:workflow-definition:TradeApproval:v2", "unchanged:workflow-definition:TradeApproval:v2"],
            deployments.GetProperty("items").EnumerateArray().Select(e => $"{e.GetProperty("outcome").GetString()}:{e.GetProperty("target").GetString()}")
                .Where(e => e.Contains(":TradeApproval:", StringComparison.Ordinal)).Order(StringComparer.Ordinal));   // not the demo profile's own deployment
        Assert.True((await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify", Ct)).GetProperty("valid").GetBoolean());
    }

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task Concurrent_deployments_of_one_key_take_distinct_consecutive_versions(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new PlatformFactory(database);
        var designer = await PlatformFactory.SignedInAsync(host, "designer1");
        var xml = BpmnApi.Read("user-task.bpmn");

        var responses = await Task.WhenAll(Enumerable.Range(1, 8).Select(i =>
            BpmnApi.DeployAsync(designer, xml.Replace("name=\"One approval\"", $"name=\"One approval {i}\"", StringComparison.Ordinal))));

        var outcomes = new List<JsonElement>();
        foreach (var response in responses)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
            outcomes.Add(await response.Content.ReadFromJsonAsync<JsonElement>(Ct));
        }
        Assert.Equal(Enumerable.Range(1, 8), outcomes.Select(o => o.GetProperty("version").GetInt32()).Order());
        var versions = await designer.GetFromJsonAsync<JsonElement>($"{BpmnApi.Definitions}/UserTaskProcess/versions?pageSize=3", Ct);
        Assert.Equal(8, versions.GetProperty("total").GetInt64());
        Assert.Equal([8, 7, 6], versions.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        foreach (var outcome in outcomes)   // each version holds the XML of the request that was answered with it
        {
            var stored = await designer.GetStringAsync($"{BpmnApi.Definitions}/UserTaskProcess/versions/{outcome.GetProperty("version").GetInt32()}", Ct);
            Assert.Contains($"name=\"{outcome.GetProperty("name").GetString()}\"", stored, StringComparison.Ordinal);
        }
        var auditor = await PlatformFactory.SignedInAsync(host, "auditor1");
        var verify = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify", Ct);
        Assert.True(verify.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task The_xml_of_a_version_comes_back_exactly_as_deployed()
    {
        var designer = await PlatformFactory.SignedInAsync(fixture.Host, "designer1");
        var xml = BpmnApi.Read("complete-example.bpmn");

        var deployed = await BpmnApi.DeployAsync(designer, xml);
        var location = deployed.Headers.Location!.OriginalString;
        var response = await designer.GetAsync(location, Ct);

        Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);
        Assert.Equal($"{BpmnApi.Definitions}/BondTradeApproval/versions/1", location);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(xml, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Keys_are_listed_with_their_latest_version_and_filtered_by_prefix()
    {
        var admin = await PlatformFactory.SignedInAsync(fixture.Host, "admin1");
        var start = BpmnApi.Read("start-end.bpmn");
        await BpmnApi.DeployAsync(admin, start);
        await BpmnApi.DeployAsync(admin, start.Replace("name=\"Start and end\"", "name=\"Start and end, renamed\"", StringComparison.Ordinal));
        await BpmnApi.DeployAsync(admin, BpmnApi.Read("service-task.bpmn"));
        var trader = await PlatformFactory.SignedInAsync(fixture.Host, "trader1");

        var startKeys = await trader.GetFromJsonAsync<JsonElement>($"{BpmnApi.Definitions}?prefix=Start", Ct);
        var caseMatters = await trader.GetFromJsonAsync<JsonElement>($"{BpmnApi.Definitions}?prefix=start", Ct);
        var all = await trader.GetFromJsonAsync<JsonElement>($"{BpmnApi.Definitions}?pageSize=500", Ct);

        var latest = Assert.Single(startKeys.GetProperty("items").EnumerateArray());
        Assert.Equal(("StartEnd", 2, "Start and end, renamed"),
            (latest.GetProperty("key").GetString(), latest.GetProperty("version").GetInt32(), latest.GetProperty("name").GetString()));
        Assert.Equal(0, caseMatters.GetProperty("total").GetInt64());
        var keys = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("key").GetString()).ToList();
        Assert.Contains("ServiceTaskProcess", keys);
        Assert.Equal(keys.Distinct().Count(), keys.Count);
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
    }

    [Fact]
    public async Task An_invalid_definition_is_a_400_naming_every_element_with_a_problem_and_deploys_nothing()
    {
        var designer = await PlatformFactory.SignedInAsync(fixture.Host, "designer1");

        var problem = await ProblemAssert.IsProblemAsync(await BpmnApi.DeployAsync(designer, BpmnApi.Read("four-problems.bpmn")), HttpStatusCode.BadRequest);
        var notXml = await ProblemAssert.IsProblemAsync(await BpmnApi.DeployAsync(designer, "this is not xml"), HttpStatusCode.BadRequest, "definitions");

        var errors = problem.GetProperty("errors");
        Assert.Equal(["Book", "Check", "Flow_B", "Settle"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains("needs pf:handler", errors.GetProperty("Book")[0].GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(notXml.GetProperty("errors").GetProperty("definitions")[0].GetString()!);
        await ProblemAssert.IsProblemAsync(await designer.GetAsync($"{BpmnApi.Definitions}/FourProblems/versions", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_workflow_designers_and_admins_deploy()
    {
        var xml = BpmnApi.Read("parallel-gateway.bpmn");
        var trader = await PlatformFactory.SignedInAsync(fixture.Host, "trader1");
        var admin = await PlatformFactory.SignedInAsync(fixture.Host, "admin1");

        await ProblemAssert.IsProblemAsync(await BpmnApi.DeployAsync(fixture.Host.NewClient(), xml), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(await BpmnApi.DeployAsync(trader, xml), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await fixture.Host.NewClient().GetAsync(BpmnApi.Definitions, Ct), HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Created, (await BpmnApi.DeployAsync(admin, xml)).StatusCode);
    }

    [Fact]
    public async Task A_body_over_2_MB_is_a_413_and_a_json_body_a_415()
    {
        var designer = await PlatformFactory.SignedInAsync(fixture.Host, "designer1");
        var xml = BpmnApi.Read("exclusive-gateway.bpmn");
        var padded = xml.Replace("</bpmn:definitions>", $"<!-- {new string('x', 2 * 1024 * 1024)} --></bpmn:definitions>", StringComparison.Ordinal);

        var tooLarge = await ProblemAssert.IsProblemAsync(await BpmnApi.DeployAsync(designer, padded), HttpStatusCode.RequestEntityTooLarge);
        await ProblemAssert.IsProblemAsync(await BpmnApi.DeployAsync(designer, xml, "application/json"), HttpStatusCode.UnsupportedMediaType);

        Assert.Contains("2 MB", tooLarge.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(await designer.GetAsync($"{BpmnApi.Definitions}/ExclusiveProcess/versions", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unknown_keys_and_versions_are_404_problems()
    {
        var designer = await PlatformFactory.SignedInAsync(fixture.Host, "designer1");
        await BpmnApi.DeployAsync(designer, BpmnApi.Read("intermediate-timer.bpmn"));

        var unknownKey = await ProblemAssert.IsProblemAsync(await designer.GetAsync($"{BpmnApi.Definitions}/NoSuchProcess/versions", Ct), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await designer.GetAsync($"{BpmnApi.Definitions}/TimerProcess/versions/2", Ct), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await designer.GetAsync($"{BpmnApi.Definitions}/TimerProcess/versions?pageSize=0", Ct), HttpStatusCode.BadRequest, "pageSize");

        Assert.Contains("NoSuchProcess", unknownKey.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task AssertDeployedAsync(HttpResponseMessage response, HttpStatusCode status, string key, int version, string name, bool created)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal((key, version, name, created),
            (json.GetProperty("key").GetString(), json.GetProperty("version").GetInt32(), json.GetProperty("name").GetString(), json.GetProperty("created").GetBoolean()));
        Assert.Equal($"{BpmnApi.Definitions}/{key}/versions/{version}", response.Headers.Location?.OriginalString);
    }
}
