using Platform.SharedKernel;

namespace Platform.Workflows.Definitions;

/// A definition with no problems: the only form the engine deploys. It cannot be built any other way than through
/// <see cref="Check"/> or <see cref="Of"/>, so "an invalid definition cannot be deployed" holds by construction.
public sealed class DeployableDefinition
{
    private DeployableDefinition(ProcessDefinition definition) => Definition = definition;

    public ProcessDefinition Definition { get; }
    public string Key => Definition.Key;

    /// Reads and validates a BPMN file: a deployable definition, or every problem found.
    public static DefinitionCheck Check(string bpmnXml)
    {
        var parsed = BpmnParser.Parse(bpmnXml);
        if (parsed.Definition is null)
            return new DefinitionCheck(null, parsed.Problems);
        var problems = DefinitionValidator.Validate(parsed.Definition);
        return problems.Count == 0 ? new DefinitionCheck(new DeployableDefinition(parsed.Definition), []) : new DefinitionCheck(null, problems);
    }

    /// Validates a definition already read; refuses it with every problem in the message when it has any.
    public static DeployableDefinition Of(ProcessDefinition definition)
    {
        var problems = DefinitionValidator.Validate(definition);
        return problems.Count == 0 ? new DeployableDefinition(definition)
            : throw new DomainException(
                $"process '{definition.Key}' cannot be deployed: {string.Join("; ", problems)}", "definition");
    }
}
