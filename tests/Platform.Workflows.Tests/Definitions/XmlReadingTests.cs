using Xunit;
using Platform.Workflows.Definitions;

namespace Platform.Workflows.Tests.Definitions;

/// What the parser does with files that are not a readable BPMN process, including hostile ones.
public sealed class XmlReadingTests
{
    [Fact]
    public void An_external_entity_is_refused_and_nothing_is_read()
    {
        var result = BpmnParser.Parse(BpmnFiles.Read("Invalid/xxe.bpmn"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(DefinitionProblem.File, problem.ElementId);
        Assert.Contains("DTD is prohibited", problem.Message, StringComparison.Ordinal);
        Assert.Null(result.Definition);
    }

    [Fact]
    public void Xml_that_is_not_well_formed_names_the_line()
    {
        var result = BpmnParser.Parse("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n  <bpmn:process id=\"P\">\n</bpmn:definitions>");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(DefinitionProblem.File, problem.ElementId);
        Assert.Contains("line 3", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_that_is_not_bpmn_is_refused()
    {
        var problem = Assert.Single(BpmnParser.Parse("<workflow><step id=\"a\"/></workflow>").Problems);

        Assert.Equal(DefinitionProblem.File, problem.ElementId);
        Assert.Contains("not a BPMN 2.0 file", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_must_hold_exactly_one_process()
    {
        const string twoProcesses = """
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">
              <bpmn:process id="A" /><bpmn:process id="B" />
            </bpmn:definitions>
            """;

        var problem = Assert.Single(BpmnParser.Parse(twoProcesses).Problems);

        Assert.Contains("exactly one process, this one holds 2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timer_start_event_is_not_supported()
    {
        const string timerStart = """
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">
              <bpmn:process id="P">
                <bpmn:startEvent id="Daily"><bpmn:timerEventDefinition /></bpmn:startEvent>
              </bpmn:process>
            </bpmn:definitions>
            """;

        var problem = Assert.Single(BpmnParser.Parse(timerStart).Problems);

        Assert.Equal(("Daily", "startEvent with timerEventDefinition is not supported; only none start and end events are"), (problem.ElementId, problem.Message));
    }

    [Fact]
    public void Duplicate_ids_are_refused()
    {
        const string duplicate = """
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">
              <bpmn:process id="P"><bpmn:startEvent id="S" /><bpmn:endEvent id="S" /></bpmn:process>
            </bpmn:definitions>
            """;

        var problem = Assert.Single(BpmnParser.Parse(duplicate).Problems);

        Assert.Equal(("S", "another element has the same id"), (problem.ElementId, problem.Message));
    }
}
