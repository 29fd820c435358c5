using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;

namespace Platform.Trading.Application.Desk;

/// The end-of-day job: once a minute, on an inter-bank business day past <see cref="TradingOptions.EndOfDaySnapshotAt"/>
/// (China time), it snapshots every book unless all of them have a snapshot of today already. A host down at that time
/// takes it when it comes back the same evening.
internal sealed class EndOfDaySnapshots(PositionSnapshots snapshots, IOptions<TradingOptions> options, IClock clock, ILogger<EndOfDaySnapshots> logger)
    : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(1);
    private DateOnly? _done;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.EndOfDaySnapshotTime() is not { } at) return;
        using var timer = new PeriodicTimer(Every);
        do
        {
            try
            {
                await RunOnceAsync(at, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "End-of-day position snapshot failed; trying again in a minute");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// Takes today's snapshots if it is time and they are not there yet; whether it took them.
    internal async Task<bool> RunOnceAsync(TimeOnly at, CancellationToken ct)
    {
        var now = ChinaTime.ToChinaTime(clock.UtcNow);
        var today = DateOnly.FromDateTime(now.DateTime);
        if (_done == today || !MarketCalendars.CnInterbank.IsBusinessDay(today) || TimeOnly.FromDateTime(now.DateTime) < at) return false;
        if (await snapshots.TakenTodayAsync(ct))
        {
            _done = today;
            return false;
        }
        var taken = await snapshots.TakeAsync(null, "system:end-of-day", ct);
        logger.LogInformation("End-of-day position snapshot of {Date}: {Books} books, {Positions} positions", today, taken.Count, taken.Sum(t => t.Positions));
        _done = today;
        return true;
    }
}
