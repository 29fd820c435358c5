namespace Platform.Web.Components.Pages.Workflows;

/// What bpmn-js said about a file it was given: why it could not read it (null when it could), and its warnings.
public sealed record BpmnImportResult(string? Error, IReadOnlyList<string> Warnings);
