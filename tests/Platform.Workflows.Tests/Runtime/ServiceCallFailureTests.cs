using Platform.Workflows.Runtime;
using Xunit;

namespace Platform.Workflows.Tests.Runtime;

/// A service call that fails: retried after a doubling back-off, an incident after the last attempt, then retried from
/// attempt 1 or skipped by an operator; the journal replays to the same state.
public sealed class ServiceCallFailureTests
{
    private static readonly RetryPolicy Policy = new(3, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3));

    [Fact]
    public void Failures_back_off_then_become_an_incident_that_is_retried_or_skipped()
    {
        var run = InstanceDriver.Start("Valid/service-task.bpmn");
        var call = Assert.Single(run.Instance.ServiceCalls).CallId;
        var t = InstanceDriver.T0;

        run.Accept(ServiceCallRules.Fail(run.Instance, call, "timeout", Policy, t));
        Assert.Equal((1, t.AddSeconds(1), false), Single(run));
        run.Accept(ServiceCallRules.Fail(run.Instance, call, "timeout", Policy, t.AddSeconds(1)));
        Assert.Equal((2, t.AddSeconds(3), false), Single(run));
        Assert.Equal(RejectionKind.NotFound, ServiceCallRules.Retry(run.Instance, call, "ops1", t).Kind);   // not an incident yet
        run.Accept(ServiceCallRules.Fail(run.Instance, call, "refused by CCDC", Policy, t.AddSeconds(3)));
        Assert.Equal((3, (DateTimeOffset?)null, true), Single(run));
        Assert.Equal(RejectionKind.NotFound, ServiceCallRules.Fail(run.Instance, call, "again", Policy, t.AddSeconds(4)).Kind);   // incidents wait for a person

        run.Accept(ServiceCallRules.Retry(run.Instance, call, "ops1", t.AddMinutes(5)));
        Assert.Equal((0, (DateTimeOffset?)null, false), Single(run));
        run.Accept(ServiceCallRules.Fail(run.Instance, call, "x", Policy, t.AddMinutes(6)));
        run.Accept(ServiceCallRules.Fail(run.Instance, call, "x", Policy, t.AddMinutes(7)));
        run.Accept(ServiceCallRules.Fail(run.Instance, call, "x", Policy, t.AddMinutes(8)));
        Assert.True(Single(run).Incident);
        run.Accept(ServiceCallRules.Skip(run.Instance, call, "ops1", "sent by hand", t.AddMinutes(9)));

        Assert.Empty(run.Instance.ServiceCalls);
        Assert.Contains(run.Instance.History, h => h.What == "service task skipped" && h.By == "ops1" && h.Comment == "sent by hand");
        Assert.Equal(InstanceDriver.Snapshot(run.Instance), InstanceDriver.Snapshot(run.ReplayedFromJson()));
    }

    [Fact]
    public void The_back_off_doubles_up_to_its_ceiling()
    {
        var policy = new RetryPolicy(10, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));

        Assert.Equal([1, 2, 4, 8, 10, 10], Enumerable.Range(1, 6).Select(a => policy.DelayAfter(a).TotalSeconds));
    }

    private static (int Attempts, DateTimeOffset? Next, bool Incident) Single(InstanceDriver run)
    {
        var c = Assert.Single(run.Instance.ServiceCalls);
        return (c.Attempts, c.NextAttemptAt, c.Incident);
    }
}
