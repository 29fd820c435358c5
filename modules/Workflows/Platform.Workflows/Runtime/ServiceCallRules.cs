namespace Platform.Workflows.Runtime;

/// The rules of service calls that fail: retry after a back-off that doubles, and after the last attempt an incident
/// that only an operator clears (retry from attempt 1, or skip).
public static class ServiceCallRules
{
    public static InstanceDecision Fail(ProcessInstance instance, string callId, string error, RetryPolicy policy, DateTimeOffset at)
    {
        var call = instance.ServiceCalls.FirstOrDefault(c => c.CallId == callId);
        if (instance.Status != InstanceStatus.Running || call is null || call.Incident)
            return InstanceDecision.Reject(RejectionKind.NotFound, "callId", $"service call {callId} is not running in instance {instance.Id}");
        var attempt = call.Attempts + 1;
        var retryAt = attempt >= policy.MaxAttempts ? (DateTimeOffset?)null : at + policy.DelayAfter(attempt);
        var message = error.Length > 2000 ? error[..2000] : error;
        return InstanceDecision.Accept(new ServiceCallFailed(callId, attempt, message, retryAt, at));
    }

    public static InstanceDecision Retry(ProcessInstance instance, string callId, string by, DateTimeOffset at) =>
        Incident(instance, callId) ?? InstanceDecision.Accept(new IncidentRetried(callId, by, at));

    public static InstanceDecision Skip(ProcessInstance instance, string callId, string by, string? comment, DateTimeOffset at) =>
        Incident(instance, callId) ?? InstanceRules.TryOn(instance.Copy(), new ServiceTaskSkipped(callId, by, comment, at));

    private static InstanceDecision? Incident(ProcessInstance instance, string callId) =>
        instance.Status != InstanceStatus.Running
            ? InstanceDecision.Reject(RejectionKind.NotRunning, "instance", $"instance {instance.Id} is {instance.Status.ToString().ToLowerInvariant()}")
            : instance.ServiceCalls.FirstOrDefault(c => c.CallId == callId) is not { Incident: true }
                ? InstanceDecision.Reject(RejectionKind.NotFound, "callId", $"service call {callId} of instance {instance.Id} is not an incident")
                : null;
}
