using System.Security.Cryptography;
using System.Text;
using Platform.Workflows.Runtime;
using Xunit;

namespace Platform.Workflows.Tests.Runtime;

/// Call activities, the pure part: the token rests in a child call naming a deterministic child instance id, and goes
/// on with the child's variables when the actor reports that the child ended.
public sealed class CallActivityTests
{
    [Fact]
    public void Arriving_at_a_call_activity_rests_in_a_child_call_with_an_id_derived_from_the_call()
    {
        var run = InstanceDriver.Start("Valid/call-activity.bpmn");

        var call = Assert.Single(run.Instance.ChildCalls);
        var expectedChild = "wi-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("i1-child-1")))[..32];
        Assert.Equal(new ChildCall("i1-child-1", "Settle", "SettlementProcess", expectedChild), call);
        Assert.Matches("^wi-[0-9a-f]{32}$", call.ChildInstanceId);
        Assert.Equal(call, Assert.Single(run.Replayed().ChildCalls));
        Assert.Equal(InstanceStatus.Running, run.Instance.Status);
    }

    [Fact]
    public void The_child_s_completion_resumes_the_token_with_its_variables_once()
    {
        var run = InstanceDriver.Start("Valid/call-activity.bpmn");
        var callId = run.Instance.ChildCalls.Single().CallId;

        run.Accept(InstanceRules.CompleteChildCall(run.Instance, callId, InstanceDriver.Vars(new { settlementId = "S-9" }), InstanceDriver.T0.AddHours(3)));
        var again = InstanceRules.CompleteChildCall(run.Instance, callId, InstanceDriver.Vars(null), InstanceDriver.T0.AddHours(3));

        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
        Assert.Equal("S-9", run.Instance.Variables["settlementId"]?.ToString());
        Assert.Single(run.Instance.History, h => h.What == "child instance completed" && h.ElementId == "Settle");
        Assert.Equal(RejectionKind.NotFound, again.Kind);
        Assert.Equal(InstanceDriver.Snapshot(run.Instance), InstanceDriver.Snapshot(run.ReplayedFromJson()));
    }

    [Fact]
    public void An_unknown_call_is_not_found_and_cancelling_clears_the_child_calls()
    {
        var run = InstanceDriver.Start("Valid/call-activity.bpmn");

        var unknown = InstanceRules.CompleteChildCall(run.Instance, "i1-child-9", InstanceDriver.Vars(null), InstanceDriver.T0);
        run.Accept(InstanceRules.Cancel(run.Instance, "admin1", "trade cancelled", InstanceDriver.T0));

        Assert.Equal((RejectionKind.NotFound, "callId"), (unknown.Kind, unknown.Field));
        Assert.Empty(run.Instance.ChildCalls);
        Assert.Equal(InstanceStatus.Cancelled, run.Instance.Status);
    }

    [Fact]
    public void An_inclusive_join_waits_while_a_child_call_can_still_reach_it()
    {
        var run = InstanceDriver.Start("Valid/call-activity-join.bpmn");

        run.Complete("Check", "ops1", "Operations");
        Assert.Equal(InstanceStatus.Running, run.Instance.Status);
        Assert.Equal(1, run.Instance.JoinArrivals["AllDone"]);
        run.Accept(InstanceRules.CompleteChildCall(run.Instance, run.Instance.ChildCalls.Single().CallId, InstanceDriver.Vars(null), InstanceDriver.T0));

        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
        Assert.Single(run.Instance.History, h => h.What == "ended");
        Assert.Equal(InstanceDriver.Snapshot(run.Instance), InstanceDriver.Snapshot(run.ReplayedFromJson()));
    }

    [Fact]
    public void A_child_instance_names_its_parent_and_the_parent_s_call_through_a_replay()
    {
        var child = InstanceDriver.StartChild("Valid/user-task.bpmn", "wi-0123456789abcdef0123456789abcdef", "wi-0123456789abcdef0123456789abcdef-child-3");
        var halfNamed = InstanceRules.Start(child.Instance.Definition, 1, "i2", null, "trader1", InstanceDriver.Vars(null), InstanceDriver.T0,
            parentInstanceId: "wi-0123456789abcdef0123456789abcdef");

        var replayed = child.ReplayedFromJson();
        Assert.Equal(("wi-0123456789abcdef0123456789abcdef", "wi-0123456789abcdef0123456789abcdef-child-3"), (replayed.ParentInstanceId, replayed.ParentCallId));
        Assert.Equal(child.Instance.ParentCallId, child.Instance.Copy().ParentCallId);
        Assert.Equal(RejectionKind.Invalid, halfNamed.Kind);
        Assert.Null(InstanceDriver.Start("Valid/user-task.bpmn").Instance.ParentInstanceId);
    }
}
