using System.Globalization;
using System.Xml;

namespace Platform.Workflows.Definitions;

/// Each element and flow as the list of properties a designer changes: kind, name, the pf: rules, timers, conditions,
/// flow ends. Values are normalised (sets sorted, durations in ISO-8601) so that rewriting the same rule differently
/// is not reported as a change.
public static class ElementProperties
{
    public static IReadOnlyList<ElementProperty> Of(FlowElement element)
    {
        var properties = new List<ElementProperty> { new("kind", element.Kind), new("name", element.Name) };
        switch (element)
        {
            case UserTask task:
                AddUserTask(properties, task.Rules);
                break;
            case ServiceTask service:
                properties.Add(new("handler", service.Handler));
                break;
            case ExclusiveGateway exclusive:
                properties.Add(new("default", exclusive.DefaultFlowId ?? ""));
                break;
            case InclusiveGateway inclusive:
                properties.Add(new("default", inclusive.DefaultFlowId ?? ""));
                break;
            case IntermediateTimerEvent timer:
                properties.Add(new("timer", Timer(timer.Timer)));
                break;
            case BoundaryTimerEvent boundary:
                properties.Add(new("attachedTo", boundary.AttachedTo));
                properties.Add(new("interrupting", Flag(boundary.Interrupting)));
                properties.Add(new("timer", Timer(boundary.Timer)));
                break;
            case MessageCatchEvent message:
                properties.Add(new("message", message.MessageName));
                properties.Add(new("correlationKey", message.CorrelationKey?.Text ?? ""));
                break;
            case CallActivity call:
                properties.Add(new("calledElement", call.CalledProcessKey));
                break;
        }
        return properties;
    }

    public static IReadOnlyList<ElementProperty> Of(SequenceFlow flow) =>
    [
        new("kind", "sequenceFlow"),
        new("source", flow.SourceRef),
        new("target", flow.TargetRef),
        new("condition", flow.Condition?.Text.Trim() ?? ""),
    ];

    private static void AddUserTask(List<ElementProperty> properties, UserTaskRules rules)
    {
        properties.Add(new("candidateRoles", Set(rules.CandidateRoles)));
        properties.Add(new("candidateUsers", Set(rules.CandidateUsers)));
        properties.Add(new("assignee", rules.Assignee?.Text.Trim() ?? ""));
        properties.Add(new("dueIn", rules.DueIn is { } due ? XmlConvert.ToString(due) : ""));
        properties.Add(new("outcomes", string.Join(",", rules.Outcomes.Distinct().Order().Select(Outcome))));
        properties.Add(new("sendBackTo", Set(rules.SendBackTo)));
        properties.Add(new("notInitiator", Flag(rules.Segregation.NotInitiator)));
        properties.Add(new("notSameAs", Set(rules.Segregation.NotSameAs)));
        if (rules.MultiInstance is { } multi)
        {
            properties.Add(new("multiInstance", multi.IsSequential ? "sequential" : "parallel"));
            properties.Add(new("collection", multi.Collection?.Text.Trim() ?? ""));
            properties.Add(new("completion", multi.Completion?.ToString() ?? ""));
        }
        else
        {
            properties.Add(new("multiInstance", ""));
        }
    }

    /// Roles, users and task ids are sets: their order in the attribute means nothing.
    private static string Set(IEnumerable<string> values) => string.Join(",", values.Distinct().Order(StringComparer.Ordinal));

    /// As pf:outcomes spells them: approve, reject, sendBack, reassign, addSigner.
    private static string Outcome(TaskOutcome outcome)
    {
        var name = outcome.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static string Flag(bool value) => value ? "true" : "false";

    private static string Timer(TimerSpec? timer) => timer switch
    {
        null => "",
        { Duration: not null } => "duration " + timer.Text,
        _ => "date " + timer.Text,
    };
}
