namespace Platform.Workflows.Contracts;

/// A call activity waiting for its child instance to end.
public sealed record ChildCallView(string CallId, string ElementId, string ProcessKey, string ChildInstanceId);
