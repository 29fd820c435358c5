namespace Platform.Web.Components.Pages.Workflows;

/// The selected diagram element as wwwroot/js/bpmn-designer.js reports it (the process when nothing is selected):
/// its BPMN type ("bpmn:UserTask"), its pf: attributes by local name, and what its kind has besides (a flow's
/// condition, a timer, a message, a called process, a multi-instance loop). Empty strings for what it lacks.
public sealed record BpmnElementInfo(
    string Id,
    string Type,
    string Name,
    string EventDefinition,
    IReadOnlyDictionary<string, string> Attributes,
    string Condition,
    string TimerKind,
    string TimerValue,
    string MessageName,
    string CalledElement,
    string Loop,
    IReadOnlyDictionary<string, string> LoopAttributes)
{
    public bool IsProcess => Type == "bpmn:Process";
    public bool IsUserTask => Type == "bpmn:UserTask";
    public bool IsServiceTask => Type == "bpmn:ServiceTask";
    public bool IsSequenceFlow => Type == "bpmn:SequenceFlow";
    public bool IsCallActivity => Type == "bpmn:CallActivity";
    public bool IsPlainTask => Type == "bpmn:Task";
    public bool IsTimer => EventDefinition == "bpmn:TimerEventDefinition";
    public bool IsMessageCatch => Type == "bpmn:IntermediateCatchEvent" && EventDefinition == "bpmn:MessageEventDefinition";

    public string Attribute(string localName) => Attributes.TryGetValue(localName, out var value) ? value : "";
}
