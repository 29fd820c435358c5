using Platform.Workflows.Expressions;

namespace Platform.Workflows.Definitions;

/// An arrow from one element to another; a gateway takes it when its condition holds (or it is the default).
public sealed record SequenceFlow(string Id, string SourceRef, string TargetRef, SafeExpression? Condition);
