using System.Text.Json;

namespace Platform.Workflows.Contracts;

/// What a service task does, registered by a module under the name BPMN files give in pf:handler. The engine calls it
/// at least once per call, with the same <see cref="ServiceTaskContext.IdempotencyKey"/> on every retry and after a
/// restart: the handler makes its effect happen once per key. Its result variables are merged into the instance.
/// Throwing fails the attempt; the engine retries with back-off and raises an incident when attempts run out.
public interface IServiceTaskHandler
{
    string Name { get; }

    Task<IReadOnlyDictionary<string, JsonElement>> ExecuteAsync(ServiceTaskContext context, CancellationToken ct);
}
