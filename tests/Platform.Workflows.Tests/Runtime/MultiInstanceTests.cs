using Platform.Workflows.Definitions;
using Platform.Workflows.Runtime;
using Xunit;

namespace Platform.Workflows.Tests.Runtime;

/// 会签: multi-instance user tasks over real BPMN files, in every completion mode, parallel and sequential.
public sealed class MultiInstanceTests
{
    private const string Modes = "Valid/multi-instance-modes.bpmn";

    [Fact]
    public void All_then_sequential_any_then_two_of_three_run_the_countersign_chain_to_its_end()
    {
        var run = InstanceDriver.Start("Valid/multi-instance.bpmn",
            variables: new { signers = new[] { "ann", "bob" }, reviewers = new[] { "cat", "dan" }, committee = new[] { "eve", "fay", "gus" } });

        Assert.Equal(["ann", "bob"], run.Instance.Tasks.Select(t => t.Assignee));
        run.Sign("AllSign", "ann");
        run.Sign("AllSign", "bob");
        Assert.Equal("cat", Assert.Single(run.Instance.Tasks).Assignee);
        run.Sign("AnySigns", "cat", TaskOutcome.Reject);
        Assert.Equal("dan", Assert.Single(run.Instance.Tasks).Assignee);
        run.Sign("AnySigns", "dan");
        Assert.Equal(3, run.Instance.Tasks.Count);
        run.Sign("TwoOfThree", "eve");
        run.Sign("TwoOfThree", "fay");

        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
        Assert.Empty(run.Instance.Tasks);
        Assert.Empty(run.Instance.MultiInstances);
        Assert.Equal(["approve", "approve", "approve"],
            run.Instance.History.Where(h => h.What == "multi-instance completed").Select(h => h.Outcome));
        Assert.Equal([("ann", "approve"), ("bob", "approve"), ("cat", "reject"), ("dan", "approve"), ("eve", "approve"), ("fay", "approve")],
            run.Instance.History.Where(h => h.What == "task completed").Select(h => (h.By, h.Outcome)));
    }

    [Theory]
    [InlineData("parallelAll", "AAA", "approve")]
    [InlineData("parallelAll", "AR", "reject")]
    [InlineData("sequentialAll", "AAA", "approve")]
    [InlineData("sequentialAll", "AR", "reject")]
    [InlineData("parallelAny", "RA", "approve")]
    [InlineData("parallelAny", "RRR", "reject")]
    [InlineData("sequentialAny", "RA", "approve")]
    [InlineData("sequentialAny", "RRR", "reject")]
    [InlineData("parallelTwo", "ARA", "approve")]
    [InlineData("parallelTwo", "RR", "reject")]
    [InlineData("sequentialTwo", "AA", "approve")]
    [InlineData("sequentialTwo", "RAR", "reject")]
    public void Each_completion_mode_decides_as_soon_as_its_outcome_is_certain(string mode, string decisions, string outcome)
    {
        var run = Prepared(mode, "ann", "bob", "cat");
        var element = run.Instance.MultiInstances.Single().ElementId;

        foreach (var (decision, signer) in decisions.Zip(["ann", "bob", "cat"]))
        {
            Assert.Equal(InstanceStatus.Running, run.Instance.Status);
            run.Sign(element, signer, decision == 'A' ? TaskOutcome.Approve : TaskOutcome.Reject);
        }

        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
        Assert.Empty(run.Instance.Tasks);
        Assert.Equal(outcome, run.Instance.Variables["outcome"]);
        Assert.Single(run.Instance.History, h => h.What == "ended" && h.ElementId == (outcome == "approve" ? "Approved" : "Rejected"));
        var completed = Assert.Single(run.Instance.History, h => h.What == "multi-instance completed");
        Assert.Equal((element, outcome), (completed.ElementId, completed.Outcome));
        Assert.Equal(decisions.Length, run.Instance.History.Count(h => h.What == "task completed" && h.ElementId == element));
        Assert.Equal(InstanceDriver.Snapshot(run.Instance), InstanceDriver.Snapshot(run.ReplayedFromJson()));
    }

    [Fact]
    public void A_parallel_activity_opens_a_task_per_signer_and_a_sequential_one_the_next_after_each_decision()
    {
        var parallel = Prepared("parallelAll", "ann", "bob", "cat");
        var sequential = Prepared("sequentialAll", "ann", "bob", "cat");

        var activity = Assert.Single(parallel.Instance.MultiInstances);
        Assert.Equal([("ann", 0), ("bob", 1), ("cat", 2)], parallel.Instance.Tasks.Select(t => (t.Assignee!, t.LoopCounter!.Value)));
        Assert.All(parallel.Instance.Tasks, t => Assert.Equal((activity.ActivityId, InstanceDriver.T0.AddHours(1).AddDays(2)), (t.ActivityId!, t.DueAt!.Value)));
        Assert.False(parallel.Instance.Variables.ContainsKey(MultiInstanceActivity.ElementVariable));
        Assert.False(parallel.Instance.Variables.ContainsKey(MultiInstanceActivity.CounterVariable));

        Assert.Equal("ann", Assert.Single(sequential.Instance.Tasks).Assignee);
        sequential.Sign("SequentialAll", "ann");
        var next = Assert.Single(sequential.Instance.Tasks);
        Assert.Equal(("bob", 1), (next.Assignee, next.LoopCounter));
        Assert.Equal((1, 0, 2), (sequential.Instance.MultiInstances.Single().Approved, sequential.Instance.MultiInstances.Single().Rejected,
            sequential.Instance.MultiInstances.Single().Opened));
    }

    [Fact]
    public void Segregation_of_duties_and_assignees_hold_for_each_signer_task()
    {
        var run = Prepared("parallelAll", "trader1", "trader2", "ann");

        var initiator = run.Sign("ParallelAll", "trader1", expectAccepted: false);
        var preparer = run.Sign("ParallelAll", "trader2", expectAccepted: false);
        var someoneElses = InstanceRules.CompleteTask(run.Instance, run.SignerTask("ParallelAll", "ann").TaskId, "bob", [], TaskOutcome.Approve,
            null, null, InstanceDriver.Vars(null), InstanceDriver.T0);
        run.Sign("ParallelAll", "ann");

        Assert.Equal((RejectionKind.Forbidden, RejectionKind.Forbidden, RejectionKind.Forbidden), (initiator.Kind, preparer.Kind, someoneElses.Kind));
        Assert.Contains("started this instance", initiator.Reason);
        Assert.Contains("Prepare", preparer.Reason);
        Assert.Equal(2, run.Instance.Tasks.Count);
        Assert.Equal(1, run.Instance.MultiInstances.Single().Approved);
    }

    [Fact]
    public void Every_signer_of_a_countersign_counts_for_a_later_not_same_as_rule()
    {
        var run = Prepared("parallelAll", "ann", "bob");
        run.Sign("ParallelAll", "ann");

        Assert.True(run.Instance.HasCompleted("ParallelAll", "ann"));
        Assert.False(run.Instance.HasCompleted("ParallelAll", "bob"));
        Assert.Equal("ann", run.Instance.CompletedBy("ParallelAll"));
    }

    [Fact]
    public void A_send_back_from_a_multi_instance_task_is_refused_and_a_reassign_may_not_double_a_signer()
    {
        var run = Prepared("parallelAll", "ann", "bob");
        var ann = run.SignerTask("ParallelAll", "ann").TaskId;

        var sendBack = run.Sign("ParallelAll", "ann", TaskOutcome.SendBack, expectAccepted: false);
        var toBob = TaskAssignmentRules.Reassign(run.Instance, ann, "ann", [], "bob", null, InstanceDriver.T0);
        run.Accept(TaskAssignmentRules.Reassign(run.Instance, ann, "ann", [], "dan", "on leave", InstanceDriver.T0));
        run.Sign("ParallelAll", "dan");

        Assert.Equal((RejectionKind.Invalid, "outcome"), (sendBack.Kind, sendBack.Field));
        Assert.Contains("multi-instance", sendBack.Reason);
        Assert.Equal(RejectionKind.Conflict, toBob.Kind);
        Assert.Equal(1, run.Instance.MultiInstances.Single().Approved);
    }

    [Fact]
    public void A_sequential_signer_s_task_cannot_go_to_a_signer_still_to_come()
    {
        var run = Prepared("sequentialAll", "ann", "bob");

        var toBob = TaskAssignmentRules.Reassign(run.Instance, run.SignerTask("SequentialAll", "ann").TaskId, "ann", [], "bob", null, InstanceDriver.T0);

        Assert.Equal(RejectionKind.Conflict, toBob.Kind);
        Assert.Contains("each signer signs once", toBob.Reason);
    }

    [Theory]
    [InlineData("parallelAll", "[]", "empty")]
    [InlineData("parallelAll", "\"ann\"", "must give a list")]
    [InlineData("parallelAll", "[\"ann\", \"ann\"]", "twice")]
    [InlineData("parallelAll", "[\"ann\", \"\"]", "empty or nested")]
    [InlineData("parallelTwo", "[\"ann\"]", "needs 2 approvals")]
    public void A_collection_that_cannot_be_signed_refuses_the_task_that_would_reach_it(string mode, string signersJson, string reason)
    {
        using var signers = System.Text.Json.JsonDocument.Parse(signersJson);
        var run = InstanceDriver.Start(Modes, variables: new { mode, signers = signers.RootElement });

        var decision = run.Complete("Prepare", "trader2", "Trader", expectAccepted: false);

        Assert.Equal(RejectionKind.Invalid, decision.Kind);
        Assert.Equal(mode == "parallelTwo" ? "ParallelTwo" : "ParallelAll", decision.Field);
        Assert.Contains(reason, decision.Reason);
        Assert.Equal("Prepare", run.Task("Prepare").ElementId);
    }

    [Fact]
    public void An_interrupting_timer_closes_every_signer_task_at_once()
    {
        var run = Prepared("parallelAll", "ann", "bob", "cat");
        run.Sign("ParallelAll", "ann");
        var escalate = Assert.Single(run.Instance.Timers);
        Assert.Equal(run.Instance.MultiInstances.Single().ActivityId, escalate.TaskId);

        run.Accept(InstanceRules.FireTimer(run.Instance, escalate.TimerId, escalate.DueAt));

        Assert.Empty(run.Instance.MultiInstances);
        Assert.Equal("HeadDecides", Assert.Single(run.Instance.Tasks).ElementId);
        run.Complete("HeadDecides", "head1", "DeskHead");
        Assert.Single(run.Instance.History, h => h.What == "ended" && h.ElementId == "Approved");
        Assert.Equal(InstanceDriver.Snapshot(run.Instance), InstanceDriver.Snapshot(run.Replayed()));
    }

    [Fact]
    public void An_early_decision_disarms_the_activity_timer_and_a_replay_rebuilds_the_activity_mid_way()
    {
        var run = Prepared("parallelAll", "ann", "bob", "cat");
        run.Sign("ParallelAll", "ann");

        Assert.Equal(InstanceDriver.Snapshot(run.Instance), InstanceDriver.Snapshot(run.ReplayedFromJson()));
        run.Sign("ParallelAll", "bob", TaskOutcome.Reject);

        Assert.Empty(run.Instance.Timers);
        Assert.Equal("reject", run.Instance.Variables["outcome"]);
    }

    /// An instance of the modes file past Prepare (done by trader2; trader1 started it), at the multi-instance task.
    private static InstanceDriver Prepared(string mode, params string[] signers)
    {
        var run = InstanceDriver.Start(Modes, variables: new { mode, signers });
        run.Complete("Prepare", "trader2", "Trader");
        return run;
    }
}
