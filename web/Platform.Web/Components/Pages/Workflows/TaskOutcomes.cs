using Platform.SharedKernel;
using Platform.Web.Texts;

namespace Platform.Web.Components.Pages.Workflows;

/// The outcomes a user task may allow (pf:outcomes), in the order the engine and the inbox list them.
public static class TaskOutcomes
{
    public static IReadOnlyList<(string Value, LocalizedText Label)> All { get; } =
    [
        ("approve", BpmnPropertiesTexts.Approve),
        ("reject", BpmnPropertiesTexts.Reject),
        ("sendBack", BpmnPropertiesTexts.SendBack),
        ("reassign", BpmnPropertiesTexts.Reassign),
        ("addSigner", BpmnPropertiesTexts.AddSigner),
    ];

    /// The words for an outcome the engine names (approve 同意, reject 拒绝, sendBack 退回…); an unknown one as it is.
    public static LocalizedText Label(string value) =>
        All.FirstOrDefault(o => o.Value == value) is { Value: not null } known ? known.Label : new LocalizedText(value, value);

    /// The ticked outcomes as pf:outcomes spells them, in canonical order; null (no attribute) when none is ticked.
    public static string? Attribute(IReadOnlySet<string> ticked)
    {
        var values = All.Select(o => o.Value).Where(ticked.Contains).ToList();
        return values.Count == 0 ? null : string.Join(",", values);
    }
}
