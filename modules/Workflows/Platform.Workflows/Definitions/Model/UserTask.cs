namespace Platform.Workflows.Definitions;

/// A task a person does (人工任务): who may do it, by when, and what they may decide.
public sealed record UserTask(string Id, string Name, UserTaskRules Rules) : FlowElement(Id, Name)
{
    public override string Kind => "userTask";
}
