namespace Platform.Workflows.Definitions;

/// Someone must be able to do a user task (candidates or an assignee), it must offer at least one outcome, and a
/// segregation rule must name a user task other than itself.
internal sealed class UserTaskRule : IDefinitionRule
{
    public IEnumerable<DefinitionProblem> Check(ProcessDefinition definition)
    {
        foreach (var task in definition.Elements.Values.OfType<UserTask>())
        {
            var rules = task.Rules;
            if (rules.CandidateRoles.Count == 0 && rules.CandidateUsers.Count == 0 && rules.Assignee is null)
                yield return new(task.Id, "a user task needs pf:candidateRoles, pf:candidateUsers or pf:assignee: nobody could do it");
            if (rules.Outcomes.Count == 0)
                yield return new(task.Id, "a user task needs at least one outcome in pf:outcomes");
            foreach (var other in rules.Segregation.NotSameAs)
            {
                if (other == task.Id)
                    yield return new(task.Id, "pf:notSameAs names the task itself");
                else if (definition.Elements.GetValueOrDefault(other) is not UserTask)
                    yield return new(task.Id, $"pf:notSameAs '{other}' is not a user task of this process");
            }
        }
    }
}
