using System.Collections.Frozen;
using Platform.Workflows.Contracts;

namespace Platform.Workflows.Handlers;

/// Every <see cref="IServiceTaskHandler"/> the modules registered, by name. Two handlers with one name stop the start.
public sealed class ServiceTaskHandlers
{
    private readonly FrozenDictionary<string, IServiceTaskHandler> _byName;

    public ServiceTaskHandlers(IEnumerable<IServiceTaskHandler> handlers)
    {
        var byName = new Dictionary<string, IServiceTaskHandler>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            if (!byName.TryAdd(handler.Name, handler))
                throw new InvalidOperationException($"two service-task handlers are registered as '{handler.Name}': {byName[handler.Name].GetType().FullName} and {handler.GetType().FullName}");
        }
        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Names => _byName.Keys;

    public IServiceTaskHandler? Find(string name) => _byName.GetValueOrDefault(name);
}
