namespace Platform.Workflows.Contracts;

/// The instances a message reached.
public sealed record MessageDelivery(string Name, string? CorrelationKey, IReadOnlyList<string> InstanceIds);
