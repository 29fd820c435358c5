using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.BuildingBlocks.Outbox;

/// One consumer's interest in one event type; the consumer name keys its inbox rows, so keep it stable.
public sealed record IntegrationEventSubscription(
    Type EventType,
    string Consumer,
    Func<IServiceProvider, IIntegrationEvent, DbConnection, DbTransaction, CancellationToken, Task> Handle)
{
    public static IntegrationEventSubscription For<TEvent, THandler>(string? consumer = null)
        where TEvent : IIntegrationEvent
        where THandler : IIntegrationEventHandler<TEvent> =>
        new(typeof(TEvent), consumer ?? typeof(THandler).FullName!,
            (sp, e, c, t, ct) => sp.GetRequiredService<THandler>().HandleAsync((TEvent)e, c, t, ct));
}
