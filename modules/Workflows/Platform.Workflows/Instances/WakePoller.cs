using Akka.Actor;
using Akka.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.SharedKernel;
using Platform.Workflows.Actors;

namespace Platform.Workflows.Instances;

/// Wakes instances that are not in memory when a timer or service call of theirs falls due: after a restart (overdue
/// timers fire at once, interrupted calls run again) and after an idle instance was passivated. The read model's
/// next_wake_at_ms says who; waking an instance that is already awake is harmless.
internal sealed partial class WakePoller(
    IRequiredActor<WorkflowInstanceRegion> region, InstanceReadStore reads, IClock clock, IOptions<WorkflowOptions> options, ILogger<WakePoller> logger)
    : BackgroundService
{
    private const int BatchSize = 1000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.WakeInterval;
        var shards = await region.GetAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var until = (clock.UtcNow + interval).ToUnixTimeMilliseconds();
                foreach (var id in await reads.DueAsync(until, BatchSize, stoppingToken))
                    shards.Tell(new WakeInstance(id, Reproject: false), ActorRefs.NoSender);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
            await Task.Delay(interval, stoppingToken);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Looking for due workflow timers and service calls failed; trying again")]
    private partial void LogFailed(Exception ex);
}
