using System.Text.Json;

namespace Platform.Workflows.Contracts;

/// A decision on a user task: the outcome (approve, reject, sendBack), a comment for the history, variables the
/// decision adds, and for a send-back the earlier task it returns to.
public sealed record CompleteTaskRequest(string Outcome, string? Comment = null, IReadOnlyDictionary<string, JsonElement>? Variables = null, string? SendBackTo = null);
