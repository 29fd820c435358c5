using Platform.Workflows.Definitions;

namespace Platform.Workflows.Runtime;

/// Call activities: the token rests in a child call until the actor reports that the child instance ended. Starting
/// the child is the actor's work; the state only names it (see <see cref="ChildCall.ChildInstanceId"/>).
public sealed partial class ProcessInstance
{
    private void CallChild(CallActivity activity, DateTimeOffset at)
    {
        var callId = NextId("child");
        var call = new ChildCall(callId, activity.Id, activity.CalledProcessKey, ChildCall.InstanceIdOf(callId));
        _children[callId] = call;
        _history.Add(new HistoryEntry(at, activity.Id, "child instance called", Outcome: activity.CalledProcessKey, Comment: call.ChildInstanceId));
    }

    private void CompleteChild(ChildInstanceCompleted done)
    {
        var call = _children[done.CallId];
        _children.Remove(done.CallId);
        Resume(call.ElementId, done.Variables,
            new HistoryEntry(done.At, call.ElementId, "child instance completed", Outcome: call.CalledProcessKey, Comment: call.ChildInstanceId));
    }
}
