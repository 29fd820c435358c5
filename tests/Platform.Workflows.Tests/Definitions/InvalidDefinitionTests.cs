using Xunit;
using Platform.SharedKernel;
using Platform.Workflows.Definitions;

namespace Platform.Workflows.Tests.Definitions;

/// Invalid files list every problem, each on the element to fix, and never yield a deployable definition.
public sealed class InvalidDefinitionTests
{
    [Fact]
    public void A_file_with_four_problems_lists_all_four()
    {
        var problems = BpmnFiles.Problems("Invalid/four-problems.bpmn");

        AssertProblems(problems,
            ("Book", "needs pf:handler"),
            ("Check", "needs pf:candidateRoles, pf:candidateUsers or pf:assignee"),
            ("Flow_B", "needs a condition"),
            ("Settle", "needs calledElement"));
    }

    [Fact]
    public void Unsupported_elements_are_named_with_what_is_supported()
    {
        var problems = BpmnFiles.Problems("Invalid/unsupported-elements.bpmn");

        AssertProblems(problems,
            ("Script_1", "scriptTask is not supported"),
            ("Sub_1", "subProcess is not supported"),
            ("EventGateway_1", "eventBasedGateway is not supported"),
            ("Signal_1", "signalEventDefinition is not supported"));
        Assert.Contains("supported elements are startEvent (none)", problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_that_cannot_be_read_are_all_reported()
    {
        var problems = BpmnFiles.Problems("Invalid/bad-values.bpmn");

        AssertProblems(problems,
            ("Review", "pf:notIntiator is not a platform attribute"),
            ("Flow_Exec", "calls Exec, which is not allowed"),
            ("Review", "pf:dueIn: 'two days' is not an ISO-8601 duration"),
            ("Review", "'escalate' is not an outcome"),
            ("Sign", "pf:completion must be all, any or a number"),
            ("Wait", "'4 hours' is not an ISO-8601 duration"));
    }

    [Fact]
    public void Structural_problems_are_all_reported_on_their_elements()
    {
        var problems = BpmnFiles.Problems("Invalid/broken-structure.bpmn");

        AssertProblems(problems,
            ("SecondStart", "2 start events"),
            ("SecondStart", "cannot be reached from the start event"),
            ("Orphan", "cannot be reached from the start event"),
            ("Orphan", "has no path to an end event"),
            ("SendTimeout", "has no path to an end event"),
            ("SendTimeout", "only be attached to a user task, not to serviceTask Send"),
            ("SendTimeout", "needs an outgoing flow"),
            ("Flow_Cond", "a parallel fork takes every flow"),
            ("Flow_Ghost", "targetRef 'Ghost' is not an element"),
            ("Review", "pf:sendBackTo 'Final' does not come before Review"),
            ("Review", "pf:notSameAs 'Send' is not a user task"),
            ("Final", "N must be at least 1"),
            ("WaitSettled", "needs pf:correlationKey"));
    }

    [Fact]
    public void An_invalid_definition_cannot_be_deployed()
    {
        var definition = new ProcessDefinition("Bare", "Bare", [new StartEvent("Start", "")], [], new Dictionary<string, string>());

        var refused = Assert.Throws<DomainException>(() => DeployableDefinition.Of(definition));

        Assert.Contains("Bare: the process has no end event", refused.Message, StringComparison.Ordinal);
        Assert.False(DeployableDefinition.Check(BpmnFiles.Read("Invalid/four-problems.bpmn")).IsDeployable);
    }

    /// Exactly these problems, in any order: a missing one or an extra one fails.
    private static void AssertProblems(IReadOnlyList<DefinitionProblem> problems, params (string ElementId, string Fragment)[] expected)
    {
        var described = string.Join(Environment.NewLine, problems);
        Assert.True(expected.Length == problems.Count, $"expected {expected.Length} problems, got {problems.Count}:{Environment.NewLine}{described}");
        foreach (var (elementId, fragment) in expected)
            Assert.True(problems.Any(p => p.ElementId == elementId && p.Message.Contains(fragment, StringComparison.Ordinal)),
                $"no problem on {elementId} saying '{fragment}' in:{Environment.NewLine}{described}");
    }
}
