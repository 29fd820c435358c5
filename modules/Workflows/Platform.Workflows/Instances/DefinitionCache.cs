using System.Collections.Concurrent;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;
using Platform.Workflows.Definitions;
using Platform.Workflows.Deployment;

namespace Platform.Workflows.Instances;

/// Parsed definitions by key and version. A deployed version never changes, so once read it is kept for the life of
/// the process; instance actors take theirs from here when they start or recover.
public sealed class DefinitionCache
{
    private readonly DefinitionStore _store;
    private readonly ConcurrentDictionary<(string Key, int Version), Task<ProcessDefinition>> _loaded = new();

    internal DefinitionCache(DefinitionStore store) => _store = store;

    public Task<ProcessDefinition> GetAsync(string key, int version)
    {
        var loading = _loaded.GetOrAdd((key, version), k => LoadAsync(k.Key, k.Version));
        if (loading.IsFaulted)   // the caller sees this failure; the next call reads the database again
            _loaded.TryRemove(new KeyValuePair<(string, int), Task<ProcessDefinition>>((key, version), loading));
        return loading;
    }

    /// The latest version of a key: (version, definition); NotFoundException when the key was never deployed.
    public async Task<(int Version, ProcessDefinition Definition)> LatestAsync(string key, CancellationToken ct)
    {
        var version = await _store.LatestVersionAsync(key, ct)
            ?? throw new NotFoundException(new LocalizedText($"流程 '{key}' 从未发布", $"process '{key}' has never been deployed").Current);
        return (version, await GetAsync(key, version));
    }

    private async Task<ProcessDefinition> LoadAsync(string key, int version)
    {
        var xml = await _store.FindXmlAsync(key, version, CancellationToken.None)
            ?? throw new NotFoundException(new LocalizedText($"流程 '{key}' 没有版本 {version}", $"process '{key}' has no version {version}").Current);
        return DeployableDefinition.Check(xml).Deployable?.Definition
            ?? throw new InvalidOperationException($"deployed process '{key}' version {version} no longer validates");
    }
}
