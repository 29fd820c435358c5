using System.Globalization;
using System.Xml.Linq;
using static Platform.Workflows.Definitions.BpmnNames;

namespace Platform.Workflows.Definitions;

/// Reads a user task's pf: attributes and its multi-instance loop into <see cref="UserTaskRules"/>.
internal sealed class UserTaskReader(ParseContext context)
{
    /// A task that names no outcomes can be approved or rejected: the two every approval step has.
    private static readonly TaskOutcome[] DefaultOutcomes = [TaskOutcome.Approve, TaskOutcome.Reject];

    public UserTaskRules Read(XElement task, string id) => new(
        ParseContext.List(Attr(task, "candidateRoles")),
        ParseContext.List(Attr(task, "candidateUsers")),
        context.Expression(id, "pf:assignee", Attr(task, "assignee")),
        context.Duration(id, "pf:dueIn", Attr(task, "dueIn")),
        Outcomes(id, Attr(task, "outcomes")),
        ParseContext.List(Attr(task, "sendBackTo")),
        new SegregationOfDuties(
            context.Flag(id, "pf:notInitiator", Attr(task, "notInitiator"), absent: false),
            ParseContext.List(Attr(task, "notSameAs"))),
        MultiInstance(task, id));

    private static string? Attr(XElement element, string name) => (string?)element.Attribute(Pf(name));

    private IReadOnlyList<TaskOutcome> Outcomes(string id, string? text)
    {
        var names = ParseContext.List(text);
        if (names.Count == 0)
            return DefaultOutcomes;
        var outcomes = new List<TaskOutcome>();
        foreach (var name in names)
        {
            if (Enum.TryParse<TaskOutcome>(name, ignoreCase: true, out var outcome) && !int.TryParse(name, out _))
                outcomes.Add(outcome);
            else
                context.Problem(id, $"pf:outcomes: '{name}' is not an outcome; use approve, reject, sendBack, reassign, addSigner");
        }
        return outcomes;
    }

    private MultiInstance? MultiInstance(XElement task, string id)
    {
        if (task.Element(B("standardLoopCharacteristics")) is not null)
            context.Problem(id, "standardLoopCharacteristics is not supported; use multiInstanceLoopCharacteristics with pf:collection");
        if (task.Element(B("multiInstanceLoopCharacteristics")) is not { } loop)
            return null;
        if (loop.Element(B("completionCondition")) is not null || loop.Element(B("loopCardinality")) is not null)
            context.Problem(id, "completionCondition and loopCardinality are not supported; use pf:completion and pf:collection");
        return new MultiInstance(
            context.Flag(id, "isSequential", (string?)loop.Attribute("isSequential"), absent: false),
            context.Expression(id, "pf:collection", Attr(loop, "collection")),
            Completion(id, Attr(loop, "completion")));
    }

    private MultiInstanceCompletion? Completion(string id, string? text)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
            return null;
        if (value.Equals("all", StringComparison.OrdinalIgnoreCase))
            return MultiInstanceCompletion.All;
        if (value.Equals("any", StringComparison.OrdinalIgnoreCase))
            return MultiInstanceCompletion.Any;
        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            return MultiInstanceCompletion.OfCount(n);
        context.Problem(id, $"pf:completion must be all, any or a number N (N of M), was '{text}'");
        return null;
    }
}
