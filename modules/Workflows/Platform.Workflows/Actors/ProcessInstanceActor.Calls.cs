using Akka.Actor;
using Akka.Event;
using Platform.Workflows.Instances;
using Platform.Workflows.Contracts;
using Platform.Workflows.Runtime;
using static Platform.Workflows.Actors.InstanceActorSignals;

namespace Platform.Workflows.Actors;

/// Timers and service calls. Both are armed from the state (so also after recovery): a timer due in the past fires at
/// once; a call runs its handler off the actor's thread with its idempotency key, and its result or failure comes back
/// as a message to journal. Arming twice is harmless: a timer key is armed once, a call in flight is not run again.
internal sealed partial class ProcessInstanceActor
{
    private void Arm()
    {
        if (_instance is not { Status: InstanceStatus.Running }) return;
        StartChildren();
        var now = Now;
        foreach (var timer in _instance.Timers)
        {
            var key = "timer:" + timer.TimerId;
            if (!Timers.IsTimerActive(key)) Timers.StartSingleTimer(key, new TimerDue(timer.TimerId), Delay(timer.DueAt, now));
        }
        foreach (var call in _instance.ServiceCalls.Where(c => !c.Incident && !_callsInFlight.Contains(c.CallId)))
        {
            var key = "call:" + call.CallId;
            if (!Timers.IsTimerActive(key)) Timers.StartSingleTimer(key, new CallDue(call.CallId), Delay(call.NextAttemptAt ?? now, now));
        }
    }

    /// Starts (or asks again) the child of each call activity waiting; the child's id comes from the call id, so asking
    /// twice starts it once, and a child that already ended answers finished.
    private void StartChildren()
    {
        foreach (var child in _instance!.ChildCalls.Where(c => _childrenAsked.Add(c.CallId)))
        {
            var instance = _instance;
            var region = _services.Region();
            var timeout = _services.AskTimeout;
            Task.Run(async () =>
            {
                try
                {
                    var (version, _) = await _services.Definitions.LatestAsync(child.CalledProcessKey, CancellationToken.None);
                    var start = new StartInstanceCommand(child.ChildInstanceId, child.CalledProcessKey, version, instance.BusinessKey, instance.Initiator,
                        InstanceViews.VariablesOf(instance), instance.Id, child.CallId);
                    return new ChildAnswered(child.CallId, await region.Ask<object>(start, timeout));
                }
                catch (Exception ex)
                {
                    return new ChildAnswered(child.CallId, ex);
                }
            }).PipeTo(Self);
        }
    }

    private void ChildAnswer(ChildAnswered answered)
    {
        _childrenAsked.Remove(answered.CallId);
        if (_instance is null || _instance.ChildCalls.All(c => c.CallId != answered.CallId)) return;
        switch (answered.Answer)
        {
            case InstanceView { Status: "completed" } done:
                var decision = InstanceRules.CompleteChildCall(_instance, answered.CallId, done.Variables, Now);
                if (decision.Accepted) Accept(decision.Event!, ActorRefs.Nobody);
                break;
            case InstanceView:
                _childrenAsked.Add(answered.CallId);   // running: it tells this parent when it ends
                break;
            default:
                _log.Warning("instance {0}: the child of call {1} could not be started ({2}); trying again in 10 s", _instanceId, answered.CallId, answered.Answer);
                Timers.StartSingleTimer("child:" + answered.CallId, new RetryChildren(), TimeSpan.FromSeconds(10));
                break;
        }
    }

    private static TimeSpan Delay(DateTimeOffset due, DateTimeOffset now) => due <= now ? TimeSpan.Zero : due - now;

    private void FireTimer(TimerDue due)
    {
        if (_instance is null) return;
        var decision = InstanceRules.FireTimer(_instance, due.TimerId, Now);
        if (decision.Accepted) Accept(decision.Event!, ActorRefs.Nobody);
        else if (decision.Kind == RejectionKind.Invalid) Arm();   // woken a moment early: arm it again for its due time
    }

    private void RunCall(CallDue due)
    {
        var call = _instance?.ServiceCalls.FirstOrDefault(c => c.CallId == due.CallId);
        if (call is null || call.Incident || !_callsInFlight.Add(call.CallId)) return;
        var handler = _services.Handlers.Find(call.Handler);
        if (handler is null)
        {
            Self.Tell(new CallFailed(call.CallId, $"no service-task handler is registered as '{call.Handler}'"));
            return;
        }
        var context = new ServiceTaskContext(call.CallId, _instanceId, _instance!.Definition.Key, _instance.BusinessKey, call.ElementId,
            call.Attempts + 1, InstanceViews.VariablesOf(_instance));
        var timeout = _services.HandlerTimeout;
        Task.Run(async () =>
        {
            using var cts = new CancellationTokenSource(timeout);
            try
            {
                return (object)new CallSucceeded(call.CallId, await handler.ExecuteAsync(context, cts.Token));
            }
            catch (Exception ex)
            {
                var reason = cts.IsCancellationRequested ? $"the handler did not finish within {timeout.TotalSeconds:0} s" : ex.GetBaseException().Message;
                return new CallFailed(call.CallId, $"{call.Handler}: {reason}");
            }
        }).PipeTo(Self);
    }

    private void CallDone(CallSucceeded done)
    {
        _callsInFlight.Remove(done.CallId);
        if (_instance is null) return;
        var decision = InstanceRules.CompleteServiceCall(_instance, done.CallId, done.Variables, Now);
        if (decision.Accepted) Accept(decision.Event!, ActorRefs.Nobody);
        else if (decision.Kind == RejectionKind.Invalid)   // the result cannot go on (a condition on a missing variable): a failed attempt
            CallFailedAttempt(new CallFailed(done.CallId, decision.Reason!));
    }

    private void CallFailedAttempt(CallFailed failed)
    {
        _callsInFlight.Remove(failed.CallId);
        if (_instance is null) return;
        _log.Warning("instance {0}: service call {1} failed: {2}", _instanceId, failed.CallId, failed.Error);
        var decision = ServiceCallRules.Fail(_instance, failed.CallId, failed.Error, _services.Retry, Now);
        if (decision.Accepted) Accept(decision.Event!, ActorRefs.Nobody);
    }
}
