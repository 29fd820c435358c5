using Xunit;
using Platform.Workflows.Definitions;

namespace Platform.Workflows.Tests;

/// The BPMN files under Bpmn/, copied next to the tests by the project file.
internal static class BpmnFiles
{
    public static string Read(string relativePath) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Bpmn", relativePath));

    /// Reads and validates a file that must be deployable; fails the test with every problem otherwise.
    public static ProcessDefinition Deployable(string relativePath)
    {
        var check = DeployableDefinition.Check(Read(relativePath));
        Assert.True(check.IsDeployable, string.Join(Environment.NewLine, check.Problems));
        return check.Deployable!.Definition;
    }

    public static IReadOnlyList<DefinitionProblem> Problems(string relativePath) =>
        DeployableDefinition.Check(Read(relativePath)).Problems;
}
