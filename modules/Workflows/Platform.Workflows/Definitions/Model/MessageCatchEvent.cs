using Platform.Workflows.Expressions;

namespace Platform.Workflows.Definitions;

/// Waits for an outside event, e.g. a settlement confirmation (结算确认). A message of <see cref="MessageName"/> reaches
/// the instance whose <see cref="CorrelationKey"/> evaluates to the message's key.
public sealed record MessageCatchEvent(string Id, string Name, string MessageName, SafeExpression? CorrelationKey)
    : FlowElement(Id, Name)
{
    public override string Kind => "intermediateCatchEvent (message)";
}
