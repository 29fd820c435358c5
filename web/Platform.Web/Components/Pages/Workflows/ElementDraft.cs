namespace Platform.Web.Components.Pages.Workflows;

/// What the properties panel's inputs hold for the selected element: a copy of what the modeler reported, edited
/// field by field; each edit is applied to the diagram at once, and the modeler's next report replaces the draft.
public sealed class ElementDraft
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string CandidateRoles { get; set; } = "";
    public string CandidateUsers { get; set; } = "";
    public string Assignee { get; set; } = "";
    public string DueIn { get; set; } = "";
    public HashSet<string> Outcomes { get; } = new(StringComparer.Ordinal);
    public string SendBackTo { get; set; } = "";
    public bool NotInitiator { get; set; }
    public string NotSameAs { get; set; } = "";
    public string Handler { get; set; } = "";
    public string CorrelationKey { get; set; } = "";
    public string Condition { get; set; } = "";
    public string TimerKind { get; set; } = "duration";
    public string TimerValue { get; set; } = "";
    public string MessageName { get; set; } = "";
    public string CalledElement { get; set; } = "";
    public string Loop { get; set; } = "none";
    public string Collection { get; set; } = "";
    public string Completion { get; set; } = "";

    public static ElementDraft From(BpmnElementInfo element)
    {
        var draft = new ElementDraft
        {
            Id = element.Id,
            Name = element.Name,
            CandidateRoles = element.Attribute("candidateRoles"),
            CandidateUsers = element.Attribute("candidateUsers"),
            Assignee = element.Attribute("assignee"),
            DueIn = element.Attribute("dueIn"),
            SendBackTo = element.Attribute("sendBackTo"),
            NotInitiator = string.Equals(element.Attribute("notInitiator").Trim(), "true", StringComparison.OrdinalIgnoreCase),
            NotSameAs = element.Attribute("notSameAs"),
            Handler = element.Attribute("handler"),
            CorrelationKey = element.Attribute("correlationKey"),
            Condition = element.Condition,
            TimerKind = element.TimerKind.Length == 0 ? "duration" : element.TimerKind,
            TimerValue = element.TimerValue,
            MessageName = element.MessageName,
            CalledElement = element.CalledElement,
            Loop = element.Loop,
            Collection = element.LoopAttributes.GetValueOrDefault("collection", ""),
            Completion = element.LoopAttributes.GetValueOrDefault("completion", ""),
        };
        draft.Outcomes.UnionWith(CommaList.Items(element.Attribute("outcomes")));
        return draft;
    }
}
