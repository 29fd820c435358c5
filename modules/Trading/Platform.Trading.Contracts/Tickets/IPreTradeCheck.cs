namespace Platform.Trading.Contracts.Tickets;

/// A check a ticket or order must pass before it goes on. The trading module ships its own (trading day and hours,
/// price deviation, counterparty whitelist and credit line, position, trader authority); other modules register theirs
/// (the risk module's limits) and they run in the order of <see cref="Order"/>. A check must not change anything.
public interface IPreTradeCheck
{
    string Name { get; }

    int Order { get; }

    Task<CheckResult> CheckAsync(PreTradeCheckContext context, CancellationToken ct);
}
