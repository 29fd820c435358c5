using Akka.Actor;
using Akka.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Trading.Actors;
using Platform.Trading.Application.Desk;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Persistence;

namespace Platform.Trading.Workflows;

/// After a start (perhaps after a crash): wakes every book, so that events journaled but not yet projected reach the
/// read model, then starts the approval process of any ticket accepted just before a crash that has none yet.
internal sealed class BookRecovery(IRequiredActor<BookRegion> region, IReferenceData references, BookReadStore reads, TicketApprovals approvals,
    ILogger<BookRecovery> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                var shards = await region.GetAsync(stoppingToken);
                var books = (await references.BookTreeAsync(stoppingToken)).Where(b => b.Level == BookLevels.Book).ToList();
                await Task.WhenAll(books.Select(b => shards.Ask<BookFigures>(new WakeBook(b.NodeId), TimeSpan.FromSeconds(60), stoppingToken)));
                foreach (var ticket in await reads.TicketsWithoutProcessAsync(stoppingToken))
                    await approvals.EnsureStartedAsync(ticket.TicketId, stoppingToken);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Recovering the books failed (attempt {Attempt}); trying again", attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, attempt * 2)), stoppingToken);
            }
        }
    }
}
