using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests;

/// Checking a BPMN file without deploying it, as the designer's Validate button does.
public sealed class WorkflowDefinitionValidateApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_valid_file_is_deployable_with_no_problems_and_is_not_deployed()
    {
        var designer = await PlatformFactory.SignedInAsync(fixture.Host, "designer1");

        var report = await ReportAsync(await BpmnApi.ValidateAsync(designer, BpmnApi.Read("boundary-timer.bpmn")));

        Assert.True(report.GetProperty("deployable").GetBoolean());
        Assert.Empty(report.GetProperty("problems").EnumerateObject());
        var versions = await designer.GetAsync($"{BpmnApi.Definitions}/BoundaryProcess/versions", Ct);
        Assert.Equal(HttpStatusCode.NotFound, versions.StatusCode);
    }

    [Fact]
    public async Task Every_problem_is_listed_under_its_element_id_and_nothing_is_deployed()
    {
        var admin = await PlatformFactory.SignedInAsync(fixture.Host, "admin1");

        var report = await ReportAsync(await BpmnApi.ValidateAsync(admin, BpmnApi.Read("four-problems.bpmn")));
        var notXml = await ReportAsync(await BpmnApi.ValidateAsync(admin, "<bpmn:definitions", "text/xml"));

        Assert.False(report.GetProperty("deployable").GetBoolean());
        var problems = report.GetProperty("problems");
        Assert.Equal(["Book", "Check", "Flow_B", "Settle"], problems.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains("needs pf:candidateRoles", problems.GetProperty("Check")[0].GetString(), StringComparison.Ordinal);
        Assert.False(notXml.GetProperty("deployable").GetBoolean());
        Assert.Contains("not well-formed", notXml.GetProperty("problems").GetProperty("definitions")[0].GetString(), StringComparison.Ordinal);
        var all = await admin.GetFromJsonAsync<JsonElement>($"{BpmnApi.Definitions}?prefix=FourProblems", Ct);
        Assert.Equal(0, all.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Only_designers_and_admins_validate_and_bad_bodies_are_refused_as_for_deploying()
    {
        var xml = BpmnApi.Read("start-end.bpmn");
        var trader = await PlatformFactory.SignedInAsync(fixture.Host, "trader1");
        var designer = await PlatformFactory.SignedInAsync(fixture.Host, "designer1");
        var padded = xml.Replace("</bpmn:definitions>", $"<!-- {new string('x', 2 * 1024 * 1024)} --></bpmn:definitions>", StringComparison.Ordinal);

        await ProblemAssert.IsProblemAsync(await BpmnApi.ValidateAsync(fixture.Host.NewClient(), xml), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(await BpmnApi.ValidateAsync(trader, xml), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await BpmnApi.ValidateAsync(designer, xml, "application/json"), HttpStatusCode.UnsupportedMediaType);
        await ProblemAssert.IsProblemAsync(await BpmnApi.ValidateAsync(designer, padded), HttpStatusCode.RequestEntityTooLarge);
        await ProblemAssert.IsProblemAsync(await BpmnApi.ValidateAsync(designer, ""), HttpStatusCode.BadRequest);
    }

    private static async Task<JsonElement> ReportAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"expected 200, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}
