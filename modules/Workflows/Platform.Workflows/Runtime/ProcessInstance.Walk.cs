using Platform.SharedKernel;
using Platform.Workflows.Definitions;

namespace Platform.Workflows.Runtime;

/// Moving tokens: arriving at an element either rests the token (a wait state) or passes it on at once.
public sealed partial class ProcessInstance
{
    private void Arrive(FlowElement element, DateTimeOffset at)
    {
        switch (element)
        {
            case EndEvent end:
                _activeTokens--;
                _history.Add(new HistoryEntry(at, end.Id, "ended"));
                break;
            case UserTask task:
                OpenUserTask(task, at);
                break;
            case ServiceTask service:
                var call = new ServiceCall(NextId("call"), service.Id, service.Handler);
                _calls[call.CallId] = call;
                _history.Add(new HistoryEntry(at, service.Id, "service task called", Outcome: service.Handler));
                break;
            case IntermediateTimerEvent timer:
                var t = new PendingTimer(NextId("timer"), timer.Id, DueAt(timer.Timer!, at), null);
                _timers[t.TimerId] = t;
                break;
            case MessageCatchEvent message:
                var key = message.CorrelationKey?.Evaluate(_variables)?.ToString();
                var w = new MessageWait(NextId("wait"), message.Id, message.MessageName, key);
                _waits[w.WaitId] = w;
                break;
            case ExclusiveGateway exclusive:
                Take(ChooseOne(exclusive.Id, exclusive.DefaultFlowId), at);
                break;
            case ParallelGateway parallel:
                ArriveAtParallel(parallel, at);
                break;
            case InclusiveGateway inclusive:
                ArriveAtInclusive(inclusive, at);
                break;
            case CallActivity callActivity:
                CallChild(callActivity, at);
                break;
            default:
                throw new DomainException($"element {element.Id} ({element.Kind}) cannot be run yet", element.Id);
        }
    }

    /// Leaves an element by every outgoing flow: one token becomes as many as there are flows (an implicit fork).
    private void Leave(FlowElement element, DateTimeOffset at)
    {
        var outgoing = Definition.Outgoing(element.Id).ToList();
        _activeTokens += outgoing.Count - 1;
        foreach (var flow in outgoing) Take(flow, at);
    }

    private void Take(SequenceFlow flow, DateTimeOffset at) => Arrive(Definition.Element(flow.TargetRef), at);

    private SequenceFlow ChooseOne(string gatewayId, string? defaultFlowId)
    {
        foreach (var flow in Definition.Outgoing(gatewayId))
            if (flow.Id != defaultFlowId && flow.Condition is { } condition && condition.EvaluateBoolean(_variables))
                return flow;
        return Definition.Outgoing(gatewayId).FirstOrDefault(f => f.Id == defaultFlowId)
            ?? throw new DomainException($"no condition out of gateway {gatewayId} holds and it has no default flow", gatewayId);
    }

    private void ArriveAtParallel(ParallelGateway gateway, DateTimeOffset at)
    {
        var incoming = Definition.Incoming(gateway.Id).Count();
        if (incoming > 1)
        {
            var arrived = _joinArrivals.GetValueOrDefault(gateway.Id) + 1;
            if (arrived < incoming)
            {
                _joinArrivals[gateway.Id] = arrived;
                _activeTokens--;   // this token waits inside the join; the last one to arrive carries on
                return;
            }
            _joinArrivals.Remove(gateway.Id);
        }
        Leave(gateway, at);
    }

    /// An inclusive gateway forks by every flow whose condition holds or that has none (the default when no other is
    /// taken); as a join it waits
    /// while any token still resting elsewhere could reach it (see <see cref="FireReadyInclusiveJoins"/>).
    private void ArriveAtInclusive(InclusiveGateway gateway, DateTimeOffset at)
    {
        if (Definition.Incoming(gateway.Id).Count() > 1)
        {
            _joinArrivals[gateway.Id] = _joinArrivals.GetValueOrDefault(gateway.Id) + 1;
            _activeTokens--;
            return;
        }
        ForkInclusive(gateway, at);
    }

    private void ForkInclusive(InclusiveGateway gateway, DateTimeOffset at)
    {
        var chosen = Definition.Outgoing(gateway.Id)
            .Where(f => f.Id != gateway.DefaultFlowId && (f.Condition is null || f.Condition.EvaluateBoolean(_variables))).ToList();
        if (chosen.Count == 0)
            chosen.Add(Definition.Outgoing(gateway.Id).FirstOrDefault(f => f.Id == gateway.DefaultFlowId)
                ?? throw new DomainException($"no condition out of gateway {gateway.Id} holds and it has no default flow", gateway.Id));
        _activeTokens += chosen.Count - 1;
        foreach (var flow in chosen) Take(flow, at);
    }

    private void FireReadyInclusiveJoins(DateTimeOffset at)
    {
        foreach (var gatewayId in _joinArrivals.Keys.ToList())
        {
            if (Definition.Element(gatewayId) is not InclusiveGateway gateway || RestingElements().Any(e => CanReach(e, gatewayId))) continue;
            _joinArrivals.Remove(gatewayId);
            _activeTokens++;
            ForkInclusive(gateway, at);
        }
    }

    private IEnumerable<string> RestingElements() =>
        _tasks.Values.Select(t => t.ElementId).Concat(_timers.Values.Where(t => t.TaskId is null).Select(t => t.ElementId))
            .Concat(_waits.Values.Select(w => w.ElementId)).Concat(_calls.Values.Select(c => c.ElementId))
            .Concat(_children.Values.Select(c => c.ElementId))
            .Concat(_joinArrivals.Keys.Where(k => Definition.Element(k) is ParallelGateway));

    private bool CanReach(string from, string target)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([from]);
        while (stack.TryPop(out var id))
        {
            if (!seen.Add(id)) continue;
            foreach (var flow in Definition.Outgoing(id))
            {
                if (flow.TargetRef == target) return true;
                stack.Push(flow.TargetRef);
            }
            foreach (var boundary in Definition.BoundaryEventsOf(id)) stack.Push(boundary.Id);
        }
        return false;
    }

    private static DateTimeOffset DueAt(TimerSpec timer, DateTimeOffset from) => timer.Date ?? from + timer.Duration!.Value;
}
