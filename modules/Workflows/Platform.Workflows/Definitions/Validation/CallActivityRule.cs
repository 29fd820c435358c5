namespace Platform.Workflows.Definitions;

/// A call activity names the process it starts, and not its own (that would recurse without end).
internal sealed class CallActivityRule : IDefinitionRule
{
    public IEnumerable<DefinitionProblem> Check(ProcessDefinition definition)
    {
        foreach (var call in definition.Elements.Values.OfType<CallActivity>())
        {
            if (call.CalledProcessKey.Length == 0)
                yield return new(call.Id, "a call activity needs calledElement: the key of the process to start");
            else if (call.CalledProcessKey == definition.Key)
                yield return new(call.Id, "a call activity cannot call its own process");
        }
    }
}
