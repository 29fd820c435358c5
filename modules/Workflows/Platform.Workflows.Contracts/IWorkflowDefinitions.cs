using Platform.BuildingBlocks.Paging;

namespace Platform.Workflows.Contracts;

/// Deploying BPMN definitions (流程定义发布) and reading the deployed versions. Each key's versions count 1, 2, 3…;
/// a deployed version is never changed.
public interface IWorkflowDefinitions
{
    /// Checks the XML and deploys it as the next version of its process key, audited as <paramref name="actor"/>.
    /// XML identical to the key's latest version creates nothing and returns that version. An invalid definition is a
    /// ValidationFailedException listing every problem under its element id.
    Task<DeploymentOutcome> DeployAsync(string bpmnXml, string actor, CancellationToken ct);

    /// Every key with its latest version, by key; <paramref name="prefix"/> keeps the keys that start with it (case-sensitive).
    Task<PagedResult<DefinitionVersionSummary>> ListLatestAsync(string? prefix, PageRequest page, CancellationToken ct);

    /// The versions of one key, newest first; NotFoundException for a key never deployed.
    Task<PagedResult<DefinitionVersionSummary>> ListVersionsAsync(string key, PageRequest page, CancellationToken ct);

    /// The XML of one version as deployed, or null when there is no such version.
    Task<string?> FindXmlAsync(string key, int version, CancellationToken ct);

    /// Checks a BPMN file without deploying it: every problem keyed by element id, empty when it is deployable.
    IReadOnlyDictionary<string, string[]> Validate(string bpmnXml);

    /// What changed from one deployed version of a key to another: elements and flows added, removed or changed.
    /// NotFoundException when either version does not exist.
    Task<DefinitionDiff> DiffAsync(string key, int fromVersion, int toVersion, CancellationToken ct);
}
