using System.Text;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;
using Platform.Workflows.Definitions;

namespace Platform.Workflows.Deployment;

/// What a BPMN file must be to be deployed: valid (see <see cref="DeployableDefinition"/>), at most 2 MB, and with a key
/// and name that fit the table. Every problem is reported under its element id, as the designer shows them.
public static class DeploymentRules
{
    /// bpmn-js files of a few hundred elements are ~100 KB; 2 MB leaves room and bounds the work of one request.
    public const int MaxXmlBytes = 2 * 1024 * 1024;
    public const int MaxKeyLength = 100;
    public const int MaxNameLength = 200;

    /// The deployable definition, or a ValidationFailedException whose errors are keyed by element id.
    public static DeployableDefinition Check(string bpmnXml)
    {
        if (Encoding.UTF8.GetByteCount(bpmnXml) > MaxXmlBytes)
            throw new ValidationFailedException(DefinitionProblem.File, TooLarge.Current);
        var check = DeployableDefinition.Check(bpmnXml);
        var problems = check.Problems.ToList();
        if (check.Deployable is { Definition: var d })
        {
            if (d.Key.Length > MaxKeyLength)
                problems.Add(new(d.Key, new LocalizedText($"流程 id 最多 {MaxKeyLength} 个字符", $"the process id must be at most {MaxKeyLength} characters").Current));
            if (d.Name.Length > MaxNameLength)
                problems.Add(new(d.Key, new LocalizedText($"流程名称最多 {MaxNameLength} 个字符", $"the process name must be at most {MaxNameLength} characters").Current));
        }
        return problems.Count == 0 ? check.Deployable! : throw new ValidationFailedException(
            problems.GroupBy(p => p.ElementId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal));
    }

    public static readonly LocalizedText TooLarge = new($"BPMN 文件不得超过 {MaxXmlBytes / 1024 / 1024} MB", $"the BPMN file must be at most {MaxXmlBytes / 1024 / 1024} MB");
}
