namespace Platform.Workflows.Contracts;

public sealed record MessageWaitView(string ElementId, string MessageName, string? CorrelationKey);
