using Platform.Workflows.Contracts;
using System.Data.Common;
using System.Text;
using Platform.BuildingBlocks.Audit;
using Platform.BuildingBlocks.Paging;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;
using Platform.Workflows.Definitions;

namespace Platform.Workflows.Deployment;

/// Deploys definitions as numbered versions, each with its audit record in the same transaction.
internal sealed class WorkflowDefinitions(DefinitionStore store, IAuditWriter audit, IClock clock) : IWorkflowDefinitions
{
    /// Two deployments of one key may both read version n and try n+1; the primary key lets one win and the other
    /// retries on a fresh read. Each round commits at least one of them, so this bounds a burst, not a steady state.
    private const int MaxAttempts = 20;

    public async Task<DeploymentOutcome> DeployAsync(string bpmnXml, string actor, CancellationToken ct)
    {
        var definition = DeploymentRules.Check(bpmnXml).Definition;
        var sha256 = AuditDigest.OfBytes(Encoding.UTF8.GetBytes(bpmnXml));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryDeployAsync(definition.Key, definition.Name, bpmnXml, sha256, actor, ct);
            }
            catch (DbException ex) when (store.IsUniqueViolation(ex) && attempt < MaxAttempts)
            {
                // another deployment of this key took the version: read the latest again
            }
        }
    }

    private async Task<DeploymentOutcome> TryDeployAsync(string key, string name, string xml, string sha256, string actor, CancellationToken ct)
    {
        await using var conn = await store.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var latest = await store.LatestAsync(conn, tx, key, ct);
        var outcome = latest is not null && latest.Sha256 == sha256
            ? new DeploymentOutcome(key, latest.DefinitionVersion, latest.Name, Created: false)
            : new DeploymentOutcome(key, (latest?.DefinitionVersion ?? 0) + 1, name, Created: true);
        if (outcome.Created)
        {
            await store.InsertAsync(conn, tx, new DefinitionRow
            {
                DefinitionKey = key, DefinitionVersion = outcome.Version, Name = name, BpmnXml = xml, Sha256 = sha256,
                DeployedBy = actor, DeployedAtMs = clock.UtcNow.ToUnixTimeMilliseconds(),
            }, ct);
        }
        await audit.AppendAsync(new AuditRecord(actor, "workflow.definition.deploy", $"workflow-definition:{key}:v{outcome.Version}",
            outcome.Created ? "deployed" : "unchanged", latest?.Sha256, sha256, $"name={outcome.Name}"), conn, tx, ct);
        await tx.CommitAsync(ct);
        return outcome;
    }

    public async Task<PagedResult<DefinitionVersionSummary>> ListLatestAsync(string? prefix, PageRequest page, CancellationToken ct)
    {
        if (prefix is { Length: > DeploymentRules.MaxKeyLength })
            throw new ValidationFailedException("prefix", new LocalizedText($"前缀最多 {DeploymentRules.MaxKeyLength} 个字符", $"prefix must be at most {DeploymentRules.MaxKeyLength} characters").Current);
        var (items, total) = await store.ListLatestAsync(string.IsNullOrEmpty(prefix) ? null : prefix, page, ct);
        return new PagedResult<DefinitionVersionSummary>(items.Select(r => r.ToSummary()).ToList(), total, page.Page, page.PageSize);
    }

    public async Task<PagedResult<DefinitionVersionSummary>> ListVersionsAsync(string key, PageRequest page, CancellationToken ct)
    {
        var (items, total) = await store.ListVersionsAsync(key, page, ct);
        if (total == 0) throw new NotFoundException(NoSuchKey(key));
        return new PagedResult<DefinitionVersionSummary>(items.Select(r => r.ToSummary()).ToList(), total, page.Page, page.PageSize);
    }

    public Task<string?> FindXmlAsync(string key, int version, CancellationToken ct) => store.FindXmlAsync(key, version, ct);

    public IReadOnlyDictionary<string, string[]> Validate(string bpmnXml)
    {
        try
        {
            DeploymentRules.Check(bpmnXml);
            return new Dictionary<string, string[]>();
        }
        catch (ValidationFailedException invalid)
        {
            return invalid.Errors;
        }
    }

    public async Task<DefinitionDiff> DiffAsync(string key, int fromVersion, int toVersion, CancellationToken ct)
    {
        var from = await DeployedAsync(key, fromVersion, "from", ct);
        var to = await DeployedAsync(key, toVersion, "to", ct);
        return new DefinitionDiff(key, fromVersion, toVersion, DefinitionDiffer.Diff(from, to));
    }

    /// A deployed version read back; it parsed when it was deployed, and the parser only ever learns more elements.
    private async Task<ProcessDefinition> DeployedAsync(string key, int version, string field, CancellationToken ct)
    {
        if (version < 1)
            throw new ValidationFailedException(field, new LocalizedText("版本号须大于等于 1", "a version is 1 or more").Current);
        var xml = await store.FindXmlAsync(key, version, ct)
            ?? throw new NotFoundException(new LocalizedText($"流程 '{key}' 没有版本 {version}", $"process '{key}' has no version {version}").Current);
        var parsed = BpmnParser.Parse(xml);
        return parsed.Definition ?? throw new DomainException(
            new LocalizedText($"流程 '{key}' 的版本 {version} 无法读取：{string.Join("; ", parsed.Problems)}",
                $"version {version} of process '{key}' cannot be read: {string.Join("; ", parsed.Problems)}").Current);
    }

    private static string NoSuchKey(string key) =>
        new LocalizedText($"流程 '{key}' 从未发布", $"process '{key}' has never been deployed").Current;
}
