using System.Data.Common;
using System.Text.Json;
using Dapper;
using Platform.BuildingBlocks.Persistence;
using Platform.SharedKernel;
using Platform.Workflows.Contracts;

namespace Platform.Workflows.Handlers;

/// The built-in service task <c>workflows.notify</c>: leaves a notice (通知) for a user or role, read in the portal.
/// Variables: <c>notifyTo</c> (a user, or "role:Name"; default the initiator's user id given as <c>initiator</c>) and
/// <c>notifyText</c>. One notice per idempotency key, however often the call is retried.
internal sealed class NotifyHandler(ISqlConnectionFactory connections, IClock clock) : IServiceTaskHandler
{
    public const string HandlerName = "workflows.notify";

    public string Name => HandlerName;

    public async Task<IReadOnlyDictionary<string, JsonElement>> ExecuteAsync(ServiceTaskContext context, CancellationToken ct)
    {
        var recipient = Text(context, "notifyTo") ?? Text(context, "initiator") ?? "";
        var message = Text(context, "notifyText") ?? $"{context.DefinitionKey} {context.BusinessKey}: {context.ElementId}";
        await using var conn = await connections.OpenAsync(ct);
        try
        {
            await conn.ExecuteAsync(new CommandDefinition("""
                INSERT INTO workflow_notifications (idempotency_key, instance_id, recipient, message, created_at_ms)
                VALUES (@Key, @InstanceId, @Recipient, @Message, @At)
                """, new
            {
                Key = context.IdempotencyKey, context.InstanceId, Recipient = Clip(recipient, 120), Message = Clip(message, 1000),
                At = clock.UtcNow.ToUnixTimeMilliseconds(),
            }, cancellationToken: ct));
        }
        catch (DbException ex) when (connections.Dialect.IsUniqueViolation(ex))
        {
            // this call already left its notice before a retry or a restart: the effect stays single
        }
        return new Dictionary<string, JsonElement> { ["notified"] = JsonSerializer.SerializeToElement(recipient) };
    }

    private static string? Text(ServiceTaskContext context, string name) =>
        context.Variables.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..max];
}
