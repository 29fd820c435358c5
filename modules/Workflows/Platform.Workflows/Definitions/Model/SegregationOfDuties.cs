namespace Platform.Workflows.Definitions;

/// Who must not do a task (职责分离): the instance's initiator, or whoever completed one of the named user tasks.
public sealed record SegregationOfDuties(bool NotInitiator, IReadOnlyList<string> NotSameAs)
{
    public static readonly SegregationOfDuties None = new(false, []);
}
