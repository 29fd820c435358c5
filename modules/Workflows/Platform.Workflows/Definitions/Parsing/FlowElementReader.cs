using System.Xml.Linq;
using static Platform.Workflows.Definitions.BpmnNames;

namespace Platform.Workflows.Definitions;

/// Reads one flow element by its BPMN kind; null (with a problem recorded) for kinds outside the subset.
internal sealed class FlowElementReader(ParseContext context, IReadOnlyDictionary<string, string> messages)
{
    private readonly EventReader _events = new(context, messages);
    private readonly UserTaskReader _userTasks = new(context);

    public FlowElement? Read(XElement element, string id)
    {
        var name = ((string?)element.Attribute("name") ?? "").Trim();
        if (element.Name != B("userTask"))
            RefuseLoop(element, id);
        return element.Name.LocalName switch
        {
            "startEvent" => _events.NoneOnly(element, id) ? new StartEvent(id, name) : null,
            "endEvent" => _events.NoneOnly(element, id) ? new EndEvent(id, name) : null,
            "intermediateCatchEvent" => _events.ReadCatch(element, id, name),
            "boundaryEvent" => _events.ReadBoundary(element, id, name),
            "userTask" => new UserTask(id, name, _userTasks.Read(element, id)),
            "serviceTask" => new ServiceTask(id, name, Text(element, Pf("handler"))),
            "callActivity" => new CallActivity(id, name, Text(element, "calledElement")),
            "exclusiveGateway" => new ExclusiveGateway(id, name, Default(element)),
            "inclusiveGateway" => new InclusiveGateway(id, name, Default(element)),
            "parallelGateway" => new ParallelGateway(id, name),
            var kind => Unsupported(id, kind),
        };
    }

    private FlowElement? Unsupported(string id, string kind)
    {
        context.Problem(id, $"{kind} is not supported; supported elements are {ProcessReader.Supported}");
        return null;
    }

    private void RefuseLoop(XElement element, string id)
    {
        if (element.Element(B("multiInstanceLoopCharacteristics")) is not null || element.Element(B("standardLoopCharacteristics")) is not null)
            context.Problem(id, $"{element.Name.LocalName} cannot repeat: only user tasks may be multi-instance");
    }

    private static string Text(XElement element, XName attribute) => ((string?)element.Attribute(attribute) ?? "").Trim();

    private static string? Default(XElement gateway) => (string?)gateway.Attribute("default") is { Length: > 0 } flow ? flow : null;
}
