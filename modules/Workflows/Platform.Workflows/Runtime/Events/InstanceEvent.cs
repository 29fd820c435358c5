using Platform.BuildingBlocks.Serialization;

namespace Platform.Workflows.Runtime;

/// An input an instance has accepted, persisted in its journal under the manifest of its concrete type. The instance's
/// state is a deterministic fold of these over its definition version: replaying them rebuilds every token, task,
/// timer and wait exactly (ids included).
public abstract record InstanceEvent(DateTimeOffset At) : IPersistedMessage;
