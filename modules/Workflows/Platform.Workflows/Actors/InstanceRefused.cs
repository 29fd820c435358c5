using Platform.Workflows.Runtime;

namespace Platform.Workflows.Actors;

/// A command the instance did not take, and why; nothing changed.
public sealed record InstanceRefused(RejectionKind Kind, string Field, string Reason);
