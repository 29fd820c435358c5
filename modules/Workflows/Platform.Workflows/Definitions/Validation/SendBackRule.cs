namespace Platform.Workflows.Definitions;

/// 退回: a task offering sendBack names where it may send back to (pf:sendBackTo), and only to user tasks that come
/// before it (from which it can be reached); targets without the outcome would be dead text.
internal sealed class SendBackRule : IDefinitionRule
{
    public IEnumerable<DefinitionProblem> Check(ProcessDefinition definition)
    {
        foreach (var task in definition.Elements.Values.OfType<UserTask>())
        {
            var offers = task.Rules.Outcomes.Contains(TaskOutcome.SendBack);
            var targets = task.Rules.SendBackTo;
            if (offers && targets.Count == 0)
                yield return new(task.Id, "outcome sendBack needs pf:sendBackTo: the earlier tasks it may go back to");
            if (!offers && targets.Count > 0)
                yield return new(task.Id, "pf:sendBackTo is given but pf:outcomes does not offer sendBack");
            var earlier = targets.Count == 0 ? [] : ProcessGraph.ReachingAny(definition, [task.Id]);
            foreach (var target in targets)
            {
                if (definition.Elements.GetValueOrDefault(target) is not UserTask)
                    yield return new(task.Id, $"pf:sendBackTo '{target}' is not a user task of this process");
                else if (target == task.Id || !earlier.Contains(target))
                    yield return new(task.Id, $"pf:sendBackTo '{target}' does not come before {task.Id}; a task can only be sent back to an earlier one");
            }
        }
    }
}
