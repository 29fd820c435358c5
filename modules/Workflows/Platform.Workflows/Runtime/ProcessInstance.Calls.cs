namespace Platform.Workflows.Runtime;

/// Service calls that fail: each failed attempt is recorded with the time of the next one, until the attempts run out
/// and the call becomes an incident, which an operator retries (from attempt 1) or skips.
public sealed partial class ProcessInstance
{
    private void ApplyCallOutcome(InstanceEvent e)
    {
        switch (e)
        {
            case ServiceCallFailed f:
                var failed = _calls[f.CallId];
                _calls[f.CallId] = failed with { Attempts = f.Attempt, NextAttemptAt = f.RetryAt, LastError = f.Error, Incident = f.RetryAt is null };
                if (f.RetryAt is null)
                    _history.Add(new HistoryEntry(f.At, failed.ElementId, "incident raised", Outcome: failed.Handler, Comment: f.Error));
                break;
            case IncidentRetried r:
                _calls[r.CallId] = _calls[r.CallId] with { Attempts = 0, NextAttemptAt = null, Incident = false };
                _history.Add(new HistoryEntry(r.At, _calls[r.CallId].ElementId, "incident retried", r.By));
                break;
            case ServiceTaskSkipped s:
                var skipped = _calls[s.CallId];
                _calls.Remove(s.CallId);
                Resume(skipped.ElementId, NoVariables, new HistoryEntry(s.At, skipped.ElementId, "service task skipped", s.By, skipped.Handler, s.Comment));
                break;
        }
    }

    private static readonly IReadOnlyDictionary<string, System.Text.Json.JsonElement> NoVariables = new Dictionary<string, System.Text.Json.JsonElement>();
}
