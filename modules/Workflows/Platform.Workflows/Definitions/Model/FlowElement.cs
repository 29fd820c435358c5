namespace Platform.Workflows.Definitions;

/// A node of a process: an event, an activity or a gateway. Id is the BPMN id, unique in the process;
/// Name is the label the designer shows (流程节点名称), possibly empty.
public abstract record FlowElement(string Id, string Name)
{
    /// The BPMN element name, for problems and logs: "userTask", "exclusiveGateway"…
    public abstract string Kind { get; }
}
