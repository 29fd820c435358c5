using Platform.Workflows.Contracts;
using Platform.Workflows.Definitions;
using Xunit;

namespace Platform.Workflows.Tests.Diff;

/// The diff between two versions of a process, on real BPMN files: what a designer sees before deploying over a
/// version that instances run on.
public sealed class DefinitionDifferTests
{
    [Fact]
    public void A_second_version_shows_each_added_and_changed_element_with_old_and_new_values()
    {
        var v1 = BpmnFiles.Deployable("Valid/two-step-approval.bpmn");
        var v2 = BpmnFiles.Deployable("Diff/two-step-approval-v2.bpmn");

        var changes = DefinitionDiffer.Diff(v1, v2);

        Assert.Equal(
            ["Book added", "DeskReview changed", "RiskApproval changed", "Flow_3 changed", "Flow_4 added"],
            changes.Select(c => $"{c.ElementId} {c.Change}"));
        var desk = Single(changes, "DeskReview");
        Assert.Equal(("userTask", "Desk head review"), (desk.ElementKind, desk.Name));
        Assert.Equal(
            ["name: Desk review → Desk head review", "candidateRoles: DeskHead → DeskHead,Trader", "dueIn: PT4H → PT8H"],
            desk.Details);
        Assert.Equal(
            ["assignee: [riskOfficer] → —", "outcomes: approve,reject,sendBack,reassign,addSigner → approve,reject,sendBack,reassign"],
            Single(changes, "RiskApproval").Details);
        Assert.Equal(["target: End → Book"], Single(changes, "Flow_3").Details);
        var book = Single(changes, "Book");
        Assert.Equal(("serviceTask", "Book the trade"), (book.ElementKind, book.Name));
        Assert.Equal(["handler: trading.book"], book.Details);
        var flow4 = Single(changes, "Flow_4");
        Assert.Equal(("sequenceFlow", (string?)null), (flow4.ElementKind, flow4.Name));
        Assert.Equal(["source: Book", "target: End"], flow4.Details);
    }

    [Fact]
    public void Going_back_a_version_removes_what_it_added_and_reverses_every_change()
    {
        var v1 = BpmnFiles.Deployable("Valid/two-step-approval.bpmn");
        var v2 = BpmnFiles.Deployable("Diff/two-step-approval-v2.bpmn");

        var changes = DefinitionDiffer.Diff(v2, v1);

        Assert.Equal(
            ["Book removed", "DeskReview changed", "RiskApproval changed", "Flow_3 changed", "Flow_4 removed"],
            changes.Select(c => $"{c.ElementId} {c.Change}"));
        Assert.Equal(("serviceTask", "Book the trade"), (Single(changes, "Book").ElementKind, Single(changes, "Book").Name));
        Assert.Contains("dueIn: PT8H → PT4H", Single(changes, "DeskReview").Details);
        Assert.Equal(["target: Book → End"], Single(changes, "Flow_3").Details);
    }

    [Fact]
    public void The_same_file_and_rules_merely_rewritten_have_no_changes()
    {
        var xml = BpmnFiles.Read("Valid/two-step-approval.bpmn");
        var rewritten = xml   // the same sets in another order, the same duration spelt another way
            .Replace("pf:candidateUsers=\"li.wei,wang.fang\"", "pf:candidateUsers=\"wang.fang, li.wei\"", StringComparison.Ordinal)
            .Replace("pf:outcomes=\"approve,reject,reassign\"", "pf:outcomes=\"reassign,reject,approve\"", StringComparison.Ordinal)
            .Replace("pf:dueIn=\"P1D\"", "pf:dueIn=\"PT24H\"", StringComparison.Ordinal);

        Assert.Empty(DefinitionDiffer.Diff(BpmnFiles.Deployable("Valid/two-step-approval.bpmn"), Parse(xml)));
        Assert.Empty(DefinitionDiffer.Diff(Parse(xml), Parse(rewritten)));
    }

    [Fact]
    public void Timers_conditions_handlers_defaults_messages_and_multi_instance_rules_are_compared()
    {
        var xml = BpmnFiles.Read("Valid/complete-example.bpmn");
        var changed = xml
            .Replace(">PT2H<", ">PT3H<", StringComparison.Ordinal)
            .Replace("cancelActivity=\"false\" attachedToRef=\"DeskReview\"", "attachedToRef=\"DeskReview\"", StringComparison.Ordinal)
            .Replace("[faceAmount] &gt;= 50000000", "[faceAmount] &gt;= 80000000", StringComparison.Ordinal)
            .Replace("pf:handler=\"settlement.sendInstruction\"", "pf:handler=\"settlement.sendInstructionV2\"", StringComparison.Ordinal)
            .Replace("pf:completion=\"2\"", "pf:completion=\"all\"", StringComparison.Ordinal)
            .Replace("name=\"settlement.confirmed\"", "name=\"settlement.settled\"", StringComparison.Ordinal)
            .Replace("pf:correlationKey=\"[tradeId]\"", "pf:correlationKey=\"[instructionId]\"", StringComparison.Ordinal)
            .Replace("calledElement=\"CounterpartyConfirmation\"", "calledElement=\"Confirmation\"", StringComparison.Ordinal)
            .Replace("name=\"债券交易审批\"", "name=\"债券交易审批 v2\"", StringComparison.Ordinal);

        var changes = DefinitionDiffer.Diff(Parse(xml), Parse(changed));

        Assert.Equal(["name: 债券交易审批 → 债券交易审批 v2"], Single(changes, "BondTradeApproval").Details);
        Assert.Equal("process", Single(changes, "BondTradeApproval").ElementKind);
        Assert.Equal(["interrupting: false → true", "timer: duration PT2H → duration PT3H"], Single(changes, "RemindDesk").Details);
        Assert.Equal(["condition: [faceAmount] >= 50000000 || [counterpartyType] in ('Related', 'Offshore') → [faceAmount] >= 80000000 || [counterpartyType] in ('Related', 'Offshore')"],
            Single(changes, "Flow_Large").Details);
        Assert.Equal(["handler: settlement.sendInstruction → settlement.sendInstructionV2"], Single(changes, "SendInstruction").Details);
        Assert.Equal(["completion: 2 → all"], Single(changes, "Committee").Details);
        Assert.Equal(["message: settlement.confirmed → settlement.settled", "correlationKey: [tradeId] → [instructionId]"], Single(changes, "WaitSettled").Details);
        Assert.Equal(["calledElement: CounterpartyConfirmation → Confirmation"], Single(changes, "Confirm").Details);
        Assert.Equal(7, changes.Count);
        Assert.All(changes, c => Assert.Equal(ElementChange.Changed, c.Change));
    }

    [Fact]
    public void A_changed_kind_or_gateway_default_is_named()
    {
        var xml = BpmnFiles.Read("Valid/complete-example.bpmn");
        var changed = xml
            .Replace("<bpmn:exclusiveGateway id=\"BySize\" name=\"Size?\" default=\"Flow_Small\" />", "<bpmn:inclusiveGateway id=\"BySize\" name=\"Size?\" default=\"Flow_Small\" />", StringComparison.Ordinal);

        var change = Assert.Single(DefinitionDiffer.Diff(Parse(xml), Parse(changed)));

        Assert.Equal(("BySize", "inclusiveGateway", "Size?"), (change.ElementId, change.ElementKind, change.Name));
        Assert.Equal(["kind: exclusiveGateway → inclusiveGateway"], change.Details);
    }

    private static ProcessDefinition Parse(string xml)
    {
        var check = DeployableDefinition.Check(xml);
        Assert.True(check.IsDeployable, string.Join(Environment.NewLine, check.Problems));
        return check.Deployable!.Definition;
    }

    private static ElementChange Single(IReadOnlyList<ElementChange> changes, string id) => Assert.Single(changes, c => c.ElementId == id);
}
