namespace Platform.Workflows.Definitions;

/// A message catch says which message it waits for and how the message finds this instance (correlation key).
internal sealed class MessageCatchRule : IDefinitionRule
{
    public IEnumerable<DefinitionProblem> Check(ProcessDefinition definition)
    {
        foreach (var waiting in definition.Elements.Values.OfType<MessageCatchEvent>())
        {
            if (waiting.MessageName.Length == 0)
                yield return new(waiting.Id, "a message catch needs a messageRef naming a bpmn:message");
            if (waiting.CorrelationKey is null)
                yield return new(waiting.Id, "a message catch needs pf:correlationKey, e.g. [tradeId]: how a message finds its instance");
        }
    }
}
