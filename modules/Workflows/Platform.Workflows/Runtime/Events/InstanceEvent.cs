namespace Platform.Workflows.Runtime;

/// An input an instance has accepted, persisted in its journal. The instance's state is a deterministic fold of these
/// over its definition version: replaying them rebuilds every token, task, timer and wait exactly (ids included).
public abstract record InstanceEvent(DateTimeOffset At);
