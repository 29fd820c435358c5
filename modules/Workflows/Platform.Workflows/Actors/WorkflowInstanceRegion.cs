namespace Platform.Workflows.Actors;

/// Marker for the shard region of process instance actors in Akka.Hosting's registry.
public sealed class WorkflowInstanceRegion;
