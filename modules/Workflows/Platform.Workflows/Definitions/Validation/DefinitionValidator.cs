namespace Platform.Workflows.Definitions;

/// Checks a read definition against every rule and lists every problem, not just the first, so a designer fixes a
/// file in one round. No problems means it may be deployed (<see cref="DeployableDefinition"/>).
public static class DefinitionValidator
{
    private static readonly IDefinitionRule[] Rules =
    [
        new StartAndEndRule(),
        new FlowReferenceRule(),
        new ReachabilityRule(),
        new GatewayRule(),
        new ConditionPlacementRule(),
        new BoundaryTimerRule(),
        new TimerRule(),
        new UserTaskRule(),
        new SendBackRule(),
        new MultiInstanceRule(),
        new ServiceTaskRule(),
        new MessageCatchRule(),
        new CallActivityRule(),
    ];

    public static IReadOnlyList<DefinitionProblem> Validate(ProcessDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return Rules.SelectMany(rule => rule.Check(definition)).Distinct().ToArray();
    }
}
