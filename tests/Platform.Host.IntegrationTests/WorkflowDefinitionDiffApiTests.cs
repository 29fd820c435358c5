using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.BuildingBlocks.Persistence;
using Platform.Host.IntegrationTests.Support;
using Platform.Testing;
using Xunit;

namespace Platform.Host.IntegrationTests;

/// Comparing two deployed versions of a process, on SQLite and PostgreSQL, and refusing versions that are not there.
public sealed class WorkflowDefinitionDiffApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task Any_signed_in_user_sees_what_changed_between_two_versions(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new PlatformFactory(database);
        var designer = await PlatformFactory.SignedInAsync(host, "designer1");
        await BpmnApi.DeployAsync(designer, BpmnApi.Read("two-step-approval.bpmn"));
        await BpmnApi.DeployAsync(designer, BpmnApi.Read("two-step-approval-v2.bpmn"));
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");

        var forward = await trader.GetFromJsonAsync<JsonElement>($"{BpmnApi.Definitions}/TradeApproval/diff?from=1&to=2", Ct);
        var back = await trader.GetFromJsonAsync<JsonElement>($"{BpmnApi.Definitions}/TradeApproval/diff?from=2&to=1", Ct);
        var same = await trader.GetFromJsonAsync<JsonElement>($"{BpmnApi.Definitions}/TradeApproval/diff?from=2&to=2", Ct);

        Assert.Equal(("TradeApproval", 1, 2), (forward.GetProperty("key").GetString(), forward.GetProperty("fromVersion").GetInt32(), forward.GetProperty("toVersion").GetInt32()));
        Assert.Equal(["Book added", "DeskReview changed", "RiskApproval changed", "Flow_3 changed", "Flow_4 added"], Summary(forward));
        var desk = Change(forward, "DeskReview");
        Assert.Equal(("userTask", "Desk head review"), (desk.GetProperty("elementKind").GetString(), desk.GetProperty("name").GetString()));
        Assert.Contains("dueIn: PT4H → PT8H", Details(desk));
        Assert.Equal(["target: End → Book"], Details(Change(forward, "Flow_3")));
        Assert.Equal(["Book removed", "DeskReview changed", "RiskApproval changed", "Flow_3 changed", "Flow_4 removed"], Summary(back));
        Assert.Empty(same.GetProperty("changes").EnumerateArray());
    }

    [Fact]
    public async Task Missing_or_bad_versions_are_400s_naming_from_and_to_and_absent_ones_404s()
    {
        var designer = await PlatformFactory.SignedInAsync(fixture.Host, "designer1");
        await BpmnApi.DeployAsync(designer, BpmnApi.Read("message-catch.bpmn"));
        var diff = $"{BpmnApi.Definitions}/MessageProcess/diff";

        var neither = await ProblemAssert.IsProblemAsync(await designer.GetAsync(diff, Ct), HttpStatusCode.BadRequest, "from");
        await ProblemAssert.IsProblemAsync(await designer.GetAsync($"{diff}?from=1", Ct), HttpStatusCode.BadRequest, "to");
        await ProblemAssert.IsProblemAsync(await designer.GetAsync($"{diff}?from=0&to=1", Ct), HttpStatusCode.BadRequest, "from");
        await ProblemAssert.IsProblemAsync(await designer.GetAsync($"{diff}?from=1&to=-3", Ct), HttpStatusCode.BadRequest, "to");
        await ProblemAssert.IsProblemAsync(await designer.GetAsync($"{diff}?from=1&to=two", Ct), HttpStatusCode.BadRequest, "to");
        var missingVersion = await ProblemAssert.IsProblemAsync(await designer.GetAsync($"{diff}?from=1&to=9", Ct), HttpStatusCode.NotFound);
        var missingKey = await ProblemAssert.IsProblemAsync(await designer.GetAsync($"{BpmnApi.Definitions}/NoSuchProcess/diff?from=1&to=2", Ct), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await fixture.Host.NewClient().GetAsync($"{diff}?from=1&to=1", Ct), HttpStatusCode.Unauthorized);

        Assert.True(neither.GetProperty("errors").TryGetProperty("to", out _), "both missing versions are named");
        Assert.Contains("9", missingVersion.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("NoSuchProcess", missingKey.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static IEnumerable<string> Summary(JsonElement diff) =>
        diff.GetProperty("changes").EnumerateArray().Select(c => $"{c.GetProperty("elementId").GetString()} {c.GetProperty("change").GetString()}");

    private static JsonElement Change(JsonElement diff, string elementId) =>
        Assert.Single(diff.GetProperty("changes").EnumerateArray(), c => c.GetProperty("elementId").GetString() == elementId);

    private static string[] Details(JsonElement change) => [.. change.GetProperty("details").EnumerateArray().Select(d => d.GetString()!)];
}
