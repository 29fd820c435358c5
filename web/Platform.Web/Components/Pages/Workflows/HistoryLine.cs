using Platform.SharedKernel;
using Platform.Workflows.Contracts;

namespace Platform.Web.Components.Pages.Workflows;

/// One history entry as the timeline shows it: what happened (in words), at which step, who did it, the decision
/// (approve, reject, sendBack) if it was one, another detail, the comment, and a child instance to link to.
public sealed record HistoryLine(
    HistoryItem Item, LocalizedText What, string? Element, string? By, string? Decision, HistoryDetail? Detail, string? Comment,
    string? ChildInstanceId, string Color);
