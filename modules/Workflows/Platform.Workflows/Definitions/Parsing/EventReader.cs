using System.Xml.Linq;
using static Platform.Workflows.Definitions.BpmnNames;

namespace Platform.Workflows.Definitions;

/// Reads events: none start/end, timer and message catches, timer boundaries. Other event definitions
/// (signal, error, escalation, conditional, terminate…) are problems naming what is supported.
internal sealed class EventReader(ParseContext context, IReadOnlyDictionary<string, string> messages)
{
    public bool NoneOnly(XElement element, string id)
    {
        if (Definition(element) is not { } definition)
            return true;
        context.Problem(id, $"{element.Name.LocalName} with {definition.Name.LocalName} is not supported; only none start and end events are");
        return false;
    }

    public FlowElement? ReadCatch(XElement element, string id, string name)
    {
        var definition = Definition(element);
        if (definition?.Name == B("timerEventDefinition"))
            return new IntermediateTimerEvent(id, name, Timer(definition, id));
        if (definition?.Name == B("messageEventDefinition"))
            return new MessageCatchEvent(id, name, MessageName(definition, id),
                context.Expression(id, "correlation key", (string?)element.Attribute(Pf("correlationKey"))));
        context.Problem(id, $"intermediateCatchEvent with {definition?.Name.LocalName ?? "no event definition"} is not supported; only timer and message catches are");
        return null;
    }

    public FlowElement? ReadBoundary(XElement element, string id, string name)
    {
        var definition = Definition(element);
        if (definition?.Name != B("timerEventDefinition"))
        {
            context.Problem(id, $"boundaryEvent with {definition?.Name.LocalName ?? "no event definition"} is not supported; only timer boundary events are");
            return null;
        }
        return new BoundaryTimerEvent(id, name, ((string?)element.Attribute("attachedToRef") ?? "").Trim(),
            context.Flag(id, "cancelActivity", (string?)element.Attribute("cancelActivity"), absent: true), Timer(definition, id));
    }

    private static XElement? Definition(XElement element) =>
        element.Elements().FirstOrDefault(c => c.Name.Namespace == Bpmn && c.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal));

    private TimerSpec? Timer(XElement definition, string id)
    {
        if (definition.Element(B("timeCycle")) is not null)
        {
            context.Problem(id, "timeCycle is not supported; use timeDuration or timeDate");
            return null;
        }
        var duration = definition.Element(B("timeDuration"))?.Value;
        var date = definition.Element(B("timeDate"))?.Value;
        return !string.IsNullOrWhiteSpace(duration) ? context.Timer(id, () => TimerSpec.AfterDuration(duration))
            : !string.IsNullOrWhiteSpace(date) ? context.Timer(id, () => TimerSpec.AtDate(date))
            : null;
    }

    private string MessageName(XElement definition, string id)
    {
        var reference = ((string?)definition.Attribute("messageRef") ?? "").Trim();
        if (reference.Length == 0)
            return "";
        if (messages.TryGetValue(reference, out var name))
            return name;
        context.Problem(id, $"messageRef '{reference}' names no bpmn:message in this file");
        return "";
    }
}
