using Platform.Workflows.Runtime;

namespace Platform.Workflows.Projection;

/// What the read model holds of one instance after the journal event with sequence number <see cref="JournalSeq"/>:
/// its row, its open tasks and its message waits. Written whole, so writing it twice changes nothing.
internal sealed record InstanceProjection(
    string InstanceId, string DefinitionKey, int DefinitionVersion, string? BusinessKey, string Initiator, string Status,
    long StartedAtMs, long UpdatedAtMs, bool HasIncident, long? NextWakeAtMs, long JournalSeq,
    IReadOnlyList<OpenTask> Tasks, IReadOnlyList<MessageWait> Waits)
{
    public static InstanceProjection Of(ProcessInstance instance, long journalSeq, DateTimeOffset now) => new(
        instance.Id, instance.Definition.Key, instance.DefinitionVersion, instance.BusinessKey, instance.Initiator,
        instance.Status.ToString().ToLowerInvariant(), instance.StartedAt.ToUnixTimeMilliseconds(), now.ToUnixTimeMilliseconds(),
        instance.ServiceCalls.Any(c => c.Incident), NextWake(instance, now)?.ToUnixTimeMilliseconds(), journalSeq,
        instance.Tasks.ToList(), instance.Waits.ToList());

    /// When the instance next needs its actor awake without anyone asking: its earliest timer or due service call.
    public static DateTimeOffset? NextWake(ProcessInstance instance, DateTimeOffset now)
    {
        if (instance.Status != InstanceStatus.Running) return null;
        var due = instance.Timers.Select(t => (DateTimeOffset?)t.DueAt)
            .Concat(instance.ServiceCalls.Where(c => !c.Incident).Select(c => (DateTimeOffset?)(c.NextAttemptAt ?? now)));
        return due.Min();
    }
}
