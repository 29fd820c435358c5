using Platform.Workflows.Expressions;

namespace Platform.Workflows.Definitions;

/// One task instance per element of the list <see cref="Collection"/> evaluates to (e.g. the signers), in parallel
/// or one after the other; done per <see cref="Completion"/>. Null parts are missing in the file (validator reports).
public sealed record MultiInstance(bool IsSequential, SafeExpression? Collection, MultiInstanceCompletion? Completion);
