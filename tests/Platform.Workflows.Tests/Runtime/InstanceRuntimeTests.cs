using Platform.Workflows.Definitions;
using Platform.Workflows.Runtime;
using Xunit;

namespace Platform.Workflows.Tests.Runtime;

/// Real BPMN files run through the instance rules: every supported element and outcome, refusals, and replay.
public sealed class InstanceRuntimeTests
{
    [Fact]
    public void A_two_step_approval_runs_to_its_end_with_two_people()
    {
        var run = InstanceDriver.Start("Valid/two-step-approval.bpmn", variables: new { riskOfficer = "li.wei" });

        run.Complete("DeskReview", "desk1", "DeskHead");
        Assert.Equal("li.wei", run.Task("RiskApproval").Assignee);
        run.Complete("RiskApproval", "li.wei", "RiskOfficer");

        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
        Assert.Empty(run.Instance.Tasks);
        Assert.Equal(["started", "task opened", "task completed", "task opened", "task completed", "ended", "completed"], run.Instance.History.Select(h => h.What));
    }

    [Fact]
    public void Segregation_of_duties_and_candidates_refuse_and_change_nothing()
    {
        var run = InstanceDriver.Start("Valid/two-step-approval.bpmn", initiator: "desk1", variables: new { riskOfficer = "desk2" });

        var initiator = run.Complete("DeskReview", "desk1", "DeskHead", expectAccepted: false);
        var wrongRole = run.Complete("DeskReview", "trader9", "Trader", expectAccepted: false);
        run.Complete("DeskReview", "desk2", "DeskHead");
        var sameAsDesk = run.Complete("RiskApproval", "desk2", "RiskOfficer", expectAccepted: false);

        Assert.Equal(RejectionKind.Forbidden, initiator.Kind);
        Assert.Contains("segregation of duties", initiator.Reason);
        Assert.Equal(RejectionKind.Forbidden, wrongRole.Kind);
        Assert.Contains("not yours", wrongRole.Reason);
        Assert.Equal(RejectionKind.Forbidden, sameAsDesk.Kind);
        Assert.Contains("DeskReview", sameAsDesk.Reason);
        Assert.Single(run.Instance.Tasks);
        Assert.Equal(InstanceStatus.Running, run.Instance.Status);
    }

    [Fact]
    public void A_send_back_reopens_the_named_earlier_task_and_an_unlisted_outcome_is_refused()
    {
        var run = InstanceDriver.Start("Valid/two-step-approval.bpmn", variables: new { riskOfficer = "li.wei" });
        run.Complete("DeskReview", "desk1", "DeskHead");

        var badTarget = run.Complete("RiskApproval", "li.wei", "RiskOfficer", TaskOutcome.SendBack, sendBackTo: "Start", expectAccepted: false);
        run.Complete("RiskApproval", "li.wei", "RiskOfficer", TaskOutcome.SendBack, sendBackTo: "DeskReview");
        var notAllowed = run.Complete("DeskReview", "desk1", "DeskHead", TaskOutcome.SendBack, sendBackTo: "DeskReview", expectAccepted: false);

        Assert.Equal("sendBackTo", badTarget.Field);
        Assert.Equal("DeskReview", Assert.Single(run.Instance.Tasks).ElementId);
        Assert.Equal("outcome", notAllowed.Field);
    }

    [Theory]
    [InlineData(80_000_000, "DeskHeadApproval")]
    [InlineData(10_000_000, "AutoApprove")]
    public void An_exclusive_gateway_takes_the_first_true_condition_or_the_default(long amount, string expected)
    {
        var run = InstanceDriver.Start("Valid/exclusive-gateway.bpmn", variables: new { amount });

        var resting = run.Instance.Tasks.Select(t => t.ElementId).Concat(run.Instance.ServiceCalls.Select(c => c.ElementId));

        Assert.Equal([expected], resting);
    }

    [Fact]
    public void A_condition_on_a_missing_variable_refuses_the_start()
    {
        var definition = BpmnFiles.Deployable("Valid/exclusive-gateway.bpmn");

        var decision = InstanceRules.Start(definition, 1, "i1", null, "trader1", InstanceDriver.Vars(new { notional = 1 }), InstanceDriver.T0);

        Assert.False(decision.Accepted);
        Assert.Contains("amount", decision.Reason);
    }

    [Fact]
    public void A_parallel_join_waits_for_both_branches()
    {
        var run = InstanceDriver.Start("Valid/parallel-gateway.bpmn");
        Assert.Equal(2, run.Instance.Tasks.Count);

        run.Complete("FrontCheck", "t1", "Trader");
        Assert.Equal(InstanceStatus.Running, run.Instance.Status);
        run.Complete("BackCheck", "o1", "Operations");

        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
    }

    [Theory]
    [InlineData(200_000, "Related", 2)]
    [InlineData(200_000, "Domestic", 1)]
    [InlineData(1_000, "Domestic", 0)]
    public void An_inclusive_gateway_forks_what_holds_and_joins_what_it_forked(long dv01, string counterpartyType, int branches)
    {
        var run = InstanceDriver.Start("Valid/inclusive-gateway.bpmn", variables: new { dv01, counterpartyType });

        Assert.Equal(branches, run.Instance.Tasks.Count);
        foreach (var task in run.Instance.Tasks.ToList())
        {
            Assert.Equal(InstanceStatus.Running, run.Instance.Status);
            run.Complete(task.ElementId, "u1", task.CandidateRoles[0]);
        }
        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
    }

    [Fact]
    public void A_non_interrupting_timer_reminds_and_an_interrupting_one_escalates()
    {
        var run = InstanceDriver.Start("Valid/boundary-timer.bpmn");
        var remind = Assert.Single(run.Instance.Timers, t => t.ElementId == "Remind");
        Assert.Equal(InstanceDriver.T0.AddHours(4), remind.DueAt);
        Assert.False(InstanceRules.FireTimer(run.Instance, remind.TimerId, InstanceDriver.T0.AddHours(3)).Accepted);

        run.Accept(InstanceRules.FireTimer(run.Instance, remind.TimerId, InstanceDriver.T0.AddHours(4)));
        Assert.Single(run.Instance.Tasks, t => t.ElementId == "Approve");
        Assert.Single(run.Instance.ServiceCalls, c => c.Handler == "notifications.remind");

        var escalate = Assert.Single(run.Instance.Timers, t => t.ElementId == "Escalate");
        run.Accept(InstanceRules.FireTimer(run.Instance, escalate.TimerId, InstanceDriver.T0.AddDays(1)));
        Assert.DoesNotContain(run.Instance.Tasks, t => t.ElementId == "Approve");
        Assert.Single(run.Instance.Tasks, t => t.ElementId == "DeskHeadDecides");

        run.Accept(InstanceRules.CompleteServiceCall(run.Instance, run.Instance.ServiceCalls.Single().CallId, InstanceDriver.Vars(null), InstanceDriver.T0.AddDays(1)));
        run.Complete("DeskHeadDecides", "head", "DeskHead");
        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
    }

    [Fact]
    public void Completing_a_task_disarms_its_timers()
    {
        var run = InstanceDriver.Start("Valid/boundary-timer.bpmn");

        run.Complete("Approve", "a1", "Approver");

        Assert.Empty(run.Instance.Timers);
        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
    }

    [Fact]
    public void A_message_reaches_the_wait_with_its_correlation_key_only()
    {
        var run = InstanceDriver.Start("Valid/message-catch.bpmn", variables: new { tradeId = "T-42" });
        var wait = Assert.Single(run.Instance.Waits);
        Assert.Equal(("settlement.confirmed", "T-42"), (wait.MessageName, wait.CorrelationKey));

        Assert.False(InstanceRules.CorrelateMessage(run.Instance, wait.MessageName, "T-43", InstanceDriver.Vars(null), InstanceDriver.T0).Accepted);
        run.Accept(InstanceRules.CorrelateMessage(run.Instance, wait.MessageName, "T-42", InstanceDriver.Vars(new { settledAt = "2026-11-27" }), InstanceDriver.T0));

        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
        Assert.True(run.Instance.Variables.ContainsKey("settledAt"));
    }

    [Fact]
    public void Timers_wait_for_a_duration_then_a_date()
    {
        var run = InstanceDriver.Start("Valid/intermediate-timer.bpmn");
        var first = Assert.Single(run.Instance.Timers);
        Assert.Equal(InstanceDriver.T0.AddHours(4), first.DueAt);

        run.Accept(InstanceRules.FireTimer(run.Instance, first.TimerId, first.DueAt));
        var second = Assert.Single(run.Instance.Timers);

        Assert.Equal(new DateTimeOffset(2026, 3, 31, 17, 0, 0, TimeSpan.FromHours(8)), second.DueAt);
    }

    [Fact]
    public void A_service_call_keeps_its_idempotency_key_through_a_replay_and_completes_once()
    {
        var run = InstanceDriver.Start("Valid/service-task.bpmn");
        var call = Assert.Single(run.Instance.ServiceCalls);

        var replayed = run.Replayed();
        Assert.Equal(call.CallId, Assert.Single(replayed.ServiceCalls).CallId);
        run.Accept(InstanceRules.CompleteServiceCall(run.Instance, call.CallId, InstanceDriver.Vars(new { instructionId = "SI-1" }), InstanceDriver.T0));

        Assert.False(InstanceRules.CompleteServiceCall(run.Instance, call.CallId, InstanceDriver.Vars(null), InstanceDriver.T0).Accepted);
        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
    }

    [Fact]
    public void Replaying_the_journal_rebuilds_the_same_tasks_timers_and_history()
    {
        var run = InstanceDriver.Start("Valid/two-step-approval.bpmn", variables: new { riskOfficer = "li.wei" });
        run.Complete("DeskReview", "desk1", "DeskHead");

        var replayed = run.Replayed();

        Assert.Equal(run.Instance.Tasks, replayed.Tasks);
        Assert.Equal(run.Instance.Timers, replayed.Timers);
        Assert.Equal(run.Instance.History, replayed.History);
        Assert.Equal(run.Instance.Status, replayed.Status);
    }

    [Fact]
    public void A_cancelled_instance_takes_no_more_commands()
    {
        var run = InstanceDriver.Start("Valid/two-step-approval.bpmn", variables: new { riskOfficer = "li.wei" });
        var taskId = run.Task("DeskReview").TaskId;

        run.Accept(InstanceRules.Cancel(run.Instance, "admin1", "duplicate ticket", InstanceDriver.T0));

        Assert.Equal(InstanceStatus.Cancelled, run.Instance.Status);
        var late = InstanceRules.CompleteTask(run.Instance, taskId, "desk1", ["DeskHead"], TaskOutcome.Approve, null, null, InstanceDriver.Vars(null), InstanceDriver.T0);
        Assert.Equal(RejectionKind.NotRunning, late.Kind);
    }
}
