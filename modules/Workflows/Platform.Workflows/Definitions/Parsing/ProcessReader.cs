using System.Xml.Linq;
using static Platform.Workflows.Definitions.BpmnNames;

namespace Platform.Workflows.Definitions;

/// Reads one bpmn:process: its flow elements and sequence flows, refusing elements outside the supported subset.
internal sealed class ProcessReader(ParseContext context, IReadOnlyDictionary<string, string> messages)
{
    /// Layout and commentary: they change nothing about how an instance runs.
    private static readonly HashSet<string> Ignored = ["laneSet", "documentation", "extensionElements", "textAnnotation", "association", "group"];

    public const string Supported =
        "startEvent (none), endEvent (none), userTask, serviceTask, exclusiveGateway, parallelGateway, inclusiveGateway, " +
        "intermediateCatchEvent (timer or message), boundaryEvent (timer on a userTask), callActivity, sequenceFlow";

    public ProcessDefinition Read(XElement process)
    {
        var key = (string?)process.Attribute("id") ?? "";
        if (key.Length == 0)
            context.Problem(DefinitionProblem.File, "the process needs an id: it is the key instances are started by");
        var elements = new Dictionary<string, FlowElement>(StringComparer.Ordinal);
        var flows = new List<SequenceFlow>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var elementReader = new FlowElementReader(context, messages);

        foreach (var child in process.Elements().Where(c => c.Name.Namespace == Bpmn && !Ignored.Contains(c.Name.LocalName)))
        {
            var id = ParseContext.IdOf(child);
            if (!ids.Add(id))
            {
                context.Problem(id, "another element has the same id");
                continue;
            }
            if (child.Name == B("sequenceFlow"))
                flows.Add(ReadFlow(child, id));
            else if (elementReader.Read(child, id) is { } element)
                elements[id] = element;
        }
        return new ProcessDefinition(key, (string?)process.Attribute("name") ?? key, elements.Values, flows, messages);
    }

    private SequenceFlow ReadFlow(XElement flow, string id)
    {
        var condition = flow.Element(B("conditionExpression"));
        return new SequenceFlow(id, (string?)flow.Attribute("sourceRef") ?? "", (string?)flow.Attribute("targetRef") ?? "",
            context.Expression(id, "condition", condition?.Value));
    }
}
