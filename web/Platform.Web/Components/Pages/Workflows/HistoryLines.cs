using Platform.Web.Texts;
using Platform.Workflows.Contracts;

namespace Platform.Web.Components.Pages.Workflows;

/// Reads the engine's history entries, whose Outcome and Comment mean different things per entry (a decision, a
/// user handed to, a handler, a child instance id), into lines the timeline shows the same way.
public static class HistoryLines
{
    private static readonly HashSet<string> Decisions = ["task completed", "co-signed", "delegation resolved", "multi-instance completed"];

    public static IReadOnlyList<HistoryLine> From(InstanceView instance, IReadOnlyDictionary<string, string> names) =>
        [.. instance.History.Select(h => From(h, names))];

    public static HistoryLine From(HistoryItem h, IReadOnlyDictionary<string, string> names)
    {
        // An unnamed start or end event's generated id (Event_1tskgyj) says nothing the entry does not.
        var element = h.ElementId.Length == 0 || (h.What is "started" or "ended" && !names.ContainsKey(h.ElementId))
            ? null : BpmnElementNames.Label(names, h.ElementId);
        var decision = Decisions.Contains(h.What) ? h.Outcome : null;
        HistoryDetail? detail = h.What switch
        {
            "task opened" when h.By is { } assignee => new HistoryDetail(HistoryTexts.AssignedTo, assignee),
            "task delegated" or "task reassigned" or "signer added" when h.Outcome is { } to => new HistoryDetail(HistoryTexts.To, to),
            "service task called" or "service task done" or "service task skipped" or "incident raised" when h.Outcome is { } handler =>
                new HistoryDetail(HistoryTexts.Handler, handler),
            "child instance called" or "child instance completed" when h.Outcome is { } process => new HistoryDetail(HistoryTexts.ChildProcess, process),
            "message received" when h.Outcome is { } message => new HistoryDetail(HistoryTexts.Message, message),
            "multi-instance started" when h.Outcome is { } completion => new HistoryDetail(HistoryTexts.Completion, completion),
            _ => null,
        };
        var child = h.What.StartsWith("child instance", StringComparison.Ordinal) ? h.Comment : null;
        var by = h.What == "task opened" ? null : h.By;   // for an opened task, By is the assignee it was given
        return new HistoryLine(h, HistoryTexts.Of(h.What), element, by, decision, detail, child is null ? h.Comment : null, child, Color(h.What, decision));
    }

    private static string Color(string what, string? decision) => decision switch
    {
        "approve" => "green",
        "reject" => "red",
        "sendBack" => "orange",
        _ => what switch
        {
            "incident raised" => "red",
            "cancelled" => "gray",
            "completed" or "ended" or "service task done" => "green",
            _ => "blue",
        },
    };
}
