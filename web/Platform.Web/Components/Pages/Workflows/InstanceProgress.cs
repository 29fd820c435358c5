using Platform.Workflows.Contracts;

namespace Platform.Web.Components.Pages.Workflows;

/// Which elements of the diagram an instance has passed, read from its history, for the green markers.
public static class InstanceProgress
{
    /// History entries that mean the element itself was done (not merely reached, claimed or retried).
    private static readonly HashSet<string> Done =
    [
        "started", "task completed", "multi-instance completed", "service task done", "service task skipped",
        "message received", "timer fired", "child instance completed", "ended",
    ];

    /// Passed elements, without those where a token rests again (a task sent back is active, not done).
    public static IReadOnlyList<string> CompletedElementIds(InstanceView instance)
    {
        var active = instance.ActiveElementIds.ToHashSet(StringComparer.Ordinal);
        return
        [
            .. instance.History.Where(h => Done.Contains(h.What) && h.ElementId.Length > 0 && !active.Contains(h.ElementId))
                .Select(h => h.ElementId).Distinct(StringComparer.Ordinal),
        ];
    }
}
