using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Paging;
using Platform.E2E.Browser;
using Platform.E2E.Hosting;
using Microsoft.Playwright;
using Platform.E2E.Portal;
using Platform.Workflows.Contracts;
using Platform.Workflows.Definitions;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E;

/// A workflow designer draws a process in the portal with bpmn-js's palette and context pad, sets its rules in the
/// portal's properties panel, validates and deploys it, and compares its versions; an invalid one deploys nothing.
public sealed class WorkflowDesignerTests(PlatformServer platform, ChromiumBrowser browser) : PortalTest(platform, browser)
{
    private IWorkflowDefinitions Definitions => Platform.Services.GetRequiredService<IWorkflowDefinitions>();

    private DesignerPage Designer => new(Portal.Page);

    [Fact]
    public async Task A_designer_draws_a_two_step_approval_deploys_it_twice_and_sees_the_diff()
    {
        await Portal.Page.SetViewportSizeAsync(1920, 1080);   // room on the canvas for the whole process and its context pads
        var offLoopback = new OffLoopbackRequests(Portal.Page);
        await Portal.SignInAsync(DemoUser.Designer);
        await Designer.OpenAndStartNewAsync(Portal);
        await Designer.SetAsync("#prop-id", "E2eTwoStep");
        await Designer.SetAsync("#prop-name", "端到端两级审批");

        await Designer.SelectOnCanvasAsync("Start");
        await Designer.AppendUserTaskAsync("DeskCheck");
        await Designer.SetAsync("#prop-name", "Desk check");
        await Designer.SetAsync("#prop-candidateRoles", "Approver");
        await Designer.CheckAsync("#prop-outcome-approve");
        await Designer.CheckAsync("#prop-outcome-reject");
        await Designer.AppendUserTaskAsync("RiskCheck");
        await Designer.SetAsync("#prop-name", "Risk check");
        await Designer.SetAsync("#prop-candidateRoles", "RiskOfficer");
        await Designer.CheckAsync("#prop-outcome-approve");
        await Designer.CheckAsync("#prop-outcome-reject");
        await Designer.CheckAsync("#prop-outcome-sendBack");
        await Designer.SetAsync("#prop-sendBackTo", "DeskCheck");
        await Designer.CheckAsync("#prop-notInitiator");
        await Designer.SetAsync("#prop-notSameAs", "DeskCheck");
        await Designer.AppendEndEventAsync();

        await Designer.ValidateAsync("valid");
        await Expect(Designer.Result.GetByTestId("designer-problem")).ToHaveCountAsync(0);
        await Designer.SelectOnCanvasAsync("RiskCheck");
        await Screenshots.SaveToTempAsync(Portal.Page, "workflow-designer");
        await Designer.DeployAsync("deployed");
        await Expect(Designer.Result).ToHaveAttributeAsync("data-version", "1");
        await Expect(Designer.Result).ToContainTextAsync("已发布为版本 1");
        await Expect(Portal.Page.Locator("[data-testid=designer-process][data-key=E2eTwoStep]")).ToHaveAttributeAsync("data-version", "1");

        var deployed = Parse(await Definitions.FindXmlAsync("E2eTwoStep", 1, TestContext.Current.CancellationToken));
        Assert.Equal("端到端两级审批", deployed.Name);
        var desk = Assert.IsType<UserTask>(deployed.Element("DeskCheck")).Rules;
        Assert.Equal(["Approver"], desk.CandidateRoles);
        Assert.Equal([TaskOutcome.Approve, TaskOutcome.Reject], desk.Outcomes);
        var risk = Assert.IsType<UserTask>(deployed.Element("RiskCheck")).Rules;
        Assert.Equal(["RiskOfficer"], risk.CandidateRoles);
        Assert.Equal([TaskOutcome.Approve, TaskOutcome.Reject, TaskOutcome.SendBack], risk.Outcomes);
        Assert.Equal(["DeskCheck"], risk.SendBackTo);
        Assert.True(risk.Segregation.NotInitiator);
        Assert.Equal(["DeskCheck"], risk.Segregation.NotSameAs);
        Assert.Equal("Risk check", deployed.Element("RiskCheck").Name);

        await Designer.DeployAsync("unchanged");
        await Expect(Designer.Result).ToHaveAttributeAsync("data-version", "1");

        await Designer.SelectOnCanvasAsync("RiskCheck");
        await Designer.SetAsync("#prop-dueIn", "P1D");
        await Designer.DeployAsync("deployed");
        await Expect(Designer.Result).ToHaveAttributeAsync("data-version", "2");

        await Designer.OpenVersionsTabAsync();
        await Expect(Designer.VersionRow(2)).ToBeVisibleAsync();
        await Expect(Designer.VersionRow(1)).ToBeVisibleAsync();
        await Portal.Page.Locator("#diff-run").ClickAsync();
        await Expect(Portal.Page.GetByTestId("diff-result")).ToHaveAttributeAsync("data-count", "1");
        await Expect(Designer.DiffRow("RiskCheck")).ToHaveAttributeAsync("data-change", "changed");
        await Expect(Designer.DiffRow("RiskCheck")).ToContainTextAsync("dueIn: — → P1D");

        await Portal.Page.Locator("#version-preview-1").ClickAsync();
        var preview = Portal.Page.GetByTestId("bpmn-diagram-view");
        await Expect(preview.Locator(".djs-shape[data-element-id='RiskCheck']")).ToBeVisibleAsync();
        await Expect(preview.Locator(".djs-shape[data-element-id='DeskCheck']")).ToBeVisibleAsync();
        await Screenshots.SaveToTempAsync(Portal.Page, "workflow-designer-versions");

        await Portal.Page.Locator("#version-open-1").ClickAsync();   // back on the design tab, with version 1 loaded
        await Expect(Portal.Page.GetByTestId("designer-editing")).ToHaveAttributeAsync("data-version", "1");
        await Expect(Portal.Page.GetByTestId("designer-editing")).ToContainTextAsync("E2eTwoStep");
        await Expect(Designer.Shape("RiskCheck")).ToBeVisibleAsync();
        await Designer.SelectOnCanvasAsync("RiskCheck");
        await Expect(Portal.Page.Locator("#prop-dueIn")).ToHaveValueAsync("");
        Assert.Empty(offLoopback.Urls);   // bpmn-js, its styles and its font all come from the portal
    }

    [Fact]
    public async Task A_name_typed_right_after_a_new_process_id_reaches_the_renamed_process_and_the_page_keeps_working()
    {
        await Portal.Page.SetViewportSizeAsync(1920, 1080);
        await Portal.SignInAsync(DemoUser.Designer);
        await Designer.OpenAndStartNewAsync(Portal);

        // Both changes leave the browser in one go, so the name reaches the server while the rename is still on its
        // way to bpmn-js: the name must wait for it and go to the new id, which is all the diagram knows by then.
        await Portal.Page.EvaluateAsync("""
            () => {
              for (const [id, value] of [['prop-id', 'E2eFastTyping'], ['prop-name', '快速输入的流程']]) {
                const input = document.getElementById(id);
                input.value = value;
                input.dispatchEvent(new Event('change', { bubbles: true }));
              }
            }
            """);

        await Expect(Designer.Panel).ToHaveAttributeAsync("data-element-id", "E2eFastTyping");
        await Designer.SelectOnCanvasAsync("Start");   // the page still answers: its connection survived
        await Designer.SelectProcessAsync();
        await Expect(Portal.Page.Locator("#prop-name")).ToHaveValueAsync("快速输入的流程");   // as the diagram reports it
        await Expect(Portal.Page.GetByTestId("properties-edit-error")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_imported_file_keeps_every_platform_rule_when_exported_again()
    {
        await Portal.Page.SetViewportSizeAsync(1920, 1080);
        await Portal.SignInAsync(DemoUser.Designer);
        await Designer.OpenAndStartNewAsync(Portal);
        var original = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Bpmn", "complete-example.bpmn"), TestContext.Current.CancellationToken);

        await Portal.Page.Locator("#designer-import").SetInputFilesAsync(new FilePayload
        {
            Name = "complete-example.bpmn", MimeType = "application/xml", Buffer = System.Text.Encoding.UTF8.GetBytes(original),
        });
        await Expect(Designer.Shape("RiskApproval")).ToBeVisibleAsync();
        await Designer.SelectOnCanvasAsync("RiskApproval");
        await Expect(Portal.Page.Locator("#prop-candidateRoles")).ToHaveValueAsync("RiskOfficer");
        await Expect(Portal.Page.Locator("#prop-outcome-addSigner")).ToBeCheckedAsync();
        await Expect(Portal.Page.Locator("#prop-notInitiator")).ToBeCheckedAsync();
        var download = await Portal.Page.RunAndWaitForDownloadAsync(() => Portal.Page.Locator("#designer-export").ClickAsync());
        var exportedPath = Path.Combine(Path.GetTempPath(), "platform-e2e-" + Guid.NewGuid().ToString("N") + ".bpmn");
        await download.SaveAsAsync(exportedPath);
        var exported = await File.ReadAllTextAsync(exportedPath, TestContext.Current.CancellationToken);
        File.Delete(exportedPath);

        Assert.Equal("BondTradeApproval.bpmn", download.SuggestedFilename);
        Assert.Empty(DefinitionDiffer.Diff(Parse(original), Parse(exported)));
    }

    [Fact]
    public async Task An_invalid_diagram_shows_its_problems_by_element_and_deploys_nothing()
    {
        await Portal.Page.SetViewportSizeAsync(1920, 1080);
        await Portal.SignInAsync(DemoUser.Designer);
        await Designer.OpenAndStartNewAsync(Portal);
        await Designer.SetAsync("#prop-id", "E2eInvalid");
        await Designer.SelectOnCanvasAsync("Start");
        await Designer.AppendUserTaskAsync("Lonely");   // no candidates, and no outgoing flow to an end

        await Designer.ValidateAsync("invalid");
        await Expect(Designer.Problems("Lonely")).ToContainTextAsync("a user task needs pf:candidateRoles, pf:candidateUsers or pf:assignee");
        await Expect(Designer.Problems("E2eInvalid")).ToContainTextAsync("the process has no end event");
        await Designer.SelectProcessAsync();
        await Designer.Problems("Lonely").First.Locator("a").ClickAsync();
        await Expect(Designer.Panel).ToHaveAttributeAsync("data-element-id", "Lonely");
        await Expect(Designer.Shape("Lonely")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("bpmn-marker-problem"));

        await Designer.DeployAsync("refused");
        await Expect(Designer.Problems("Lonely")).ToContainTextAsync("pf:candidateRoles");
        await Expect(Designer.Problems("E2eInvalid")).ToContainTextAsync("no end event");
        var deployed = await Definitions.ListLatestAsync("E2eInvalid", PageRequest.Of(1, 10), TestContext.Current.CancellationToken);
        Assert.Equal(0, deployed.Total);
    }

    private static ProcessDefinition Parse(string? xml)
    {
        Assert.NotNull(xml);
        var check = DeployableDefinition.Check(xml);
        Assert.True(check.IsDeployable, string.Join(Environment.NewLine, check.Problems));
        return check.Deployable!.Definition;
    }
}
