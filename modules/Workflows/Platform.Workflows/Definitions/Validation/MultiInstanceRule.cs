namespace Platform.Workflows.Definitions;

/// 会签: a multi-instance task says whose list it runs over (pf:collection) and when it is done (pf:completion, N ≥ 1).
internal sealed class MultiInstanceRule : IDefinitionRule
{
    public IEnumerable<DefinitionProblem> Check(ProcessDefinition definition)
    {
        foreach (var task in definition.Elements.Values.OfType<UserTask>())
        {
            if (task.Rules.MultiInstance is not { } multi)
                continue;
            if (multi.Collection is null)
                yield return new(task.Id, "a multi-instance task needs pf:collection: the list variable giving one task per element");
            if (multi.Completion is not { } completion)
                yield return new(task.Id, "a multi-instance task needs pf:completion: all, any or N (N of M)");
            else if (completion.Kind == MultiInstanceCompletionKind.Count && completion.Count < 1)
                yield return new(task.Id, $"pf:completion N must be at least 1, was {completion}");
        }
    }
}
