namespace Platform.Workflows.Contracts;

/// Filters for the inbox (待办): scope, process key, overdue only, and text in the task name or business key.
public sealed record InboxQuery(InboxScope Scope = InboxScope.Mine, string? DefinitionKey = null, bool OverdueOnly = false, string? Search = null);
