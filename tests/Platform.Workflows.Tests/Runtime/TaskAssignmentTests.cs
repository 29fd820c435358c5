using Platform.Workflows.Definitions;
using Platform.Workflows.Runtime;
using Xunit;

namespace Platform.Workflows.Tests.Runtime;

/// Claim, unclaim, delegate (委派), reassign (转办) and add signer (加签) on the ticket approval file: who may, what
/// each does to the task, and that the journal replays to the same state.
public sealed class TaskAssignmentTests
{
    private static readonly DateTimeOffset At = InstanceDriver.T0.AddMinutes(30);

    /// The ticket's first task, open to the Approver role, which allows reassign and add signer.
    private static InstanceDriver AtReview() => InstanceDriver.Start("Runtime/ticket-approval.bpmn", variables: new { ticket = "T-1" });

    [Fact]
    public void A_candidate_claims_and_unclaims_and_nobody_else_may_claim_it_meanwhile()
    {
        var run = AtReview();
        var task = run.Task("Review");

        Assert.Equal(RejectionKind.Forbidden, TaskAssignmentRules.Claim(run.Instance, task.TaskId, "trader9", ["Trader"], At).Kind);
        run.Accept(TaskAssignmentRules.Claim(run.Instance, task.TaskId, "approver1", ["Approver"], At));
        Assert.Equal("approver1", run.Task("Review").Assignee);
        Assert.Equal(RejectionKind.Conflict, TaskAssignmentRules.Claim(run.Instance, task.TaskId, "approver2", ["Approver"], At).Kind);
        Assert.Equal(RejectionKind.Forbidden, InstanceRules.CompleteTask(run.Instance, task.TaskId, "approver2", ["Approver"], TaskOutcome.Approve,
            null, null, InstanceDriver.Vars(null), At).Kind);
        Assert.Equal(RejectionKind.Forbidden, TaskAssignmentRules.Unclaim(run.Instance, task.TaskId, "approver2", At).Kind);
        run.Accept(TaskAssignmentRules.Unclaim(run.Instance, task.TaskId, "approver1", At));

        Assert.Null(run.Task("Review").Assignee);
        Assert.Equal(InstanceDriver.Snapshot(run.Instance), InstanceDriver.Snapshot(run.ReplayedFromJson()));
    }

    [Fact]
    public void A_delegate_answers_and_the_task_returns_to_its_owner_who_decides()
    {
        var run = AtReview();
        var task = run.Task("Review").TaskId;
        Assert.Equal(RejectionKind.Conflict, TaskAssignmentRules.Delegate(run.Instance, task, "approver1", "analyst1", null, At).Kind);   // claim first
        run.Accept(TaskAssignmentRules.Claim(run.Instance, task, "approver1", ["Approver"], At));
        Assert.Equal(RejectionKind.Invalid, TaskAssignmentRules.Delegate(run.Instance, task, "approver1", "approver1", null, At).Kind);

        run.Accept(TaskAssignmentRules.Delegate(run.Instance, task, "approver1", "analyst1", "check the issuer", At));
        Assert.Equal(("analyst1", "approver1"), (run.Task("Review").Assignee, run.Task("Review").Owner));
        Assert.Equal(RejectionKind.Invalid, InstanceRules.CompleteTask(run.Instance, task, "analyst1", [], TaskOutcome.SendBack, null, "Review",
            InstanceDriver.Vars(null), At).Kind);
        run.Accept(InstanceRules.CompleteTask(run.Instance, task, "analyst1", [], TaskOutcome.Approve, "issuer fine", null, InstanceDriver.Vars(null), At));

        Assert.Equal(("approver1", (string?)null), (run.Task("Review").Assignee, run.Task("Review").Owner));
        Assert.Equal(InstanceStatus.Running, run.Instance.Status);
        run.Accept(InstanceRules.CompleteTask(run.Instance, task, "approver1", ["Approver"], TaskOutcome.Approve, null, null, InstanceDriver.Vars(null), At));
        Assert.Equal("Risk", Assert.Single(run.Instance.Tasks).ElementId);
        Assert.Equal("approver1", run.Instance.CompletedBy("Review"));   // the owner decided, not the delegate
        Assert.Contains(run.Instance.History, h => h.What == "delegation resolved" && h.By == "analyst1" && h.Comment == "issuer fine");
        Assert.Equal(InstanceDriver.Snapshot(run.Instance), InstanceDriver.Snapshot(run.ReplayedFromJson()));
    }

    [Fact]
    public void Reassign_gives_the_task_away_for_good_where_the_task_allows_it()
    {
        var run = AtReview();
        var task = run.Task("Review").TaskId;
        Assert.Equal(RejectionKind.Forbidden, TaskAssignmentRules.Reassign(run.Instance, task, "trader1", ["Trader"], "approver2", null, At).Kind);
        Assert.Equal(RejectionKind.Invalid, TaskAssignmentRules.Reassign(run.Instance, task, "approver1", ["Approver"], " ", null, At).Kind);

        run.Accept(TaskAssignmentRules.Reassign(run.Instance, task, "approver1", ["Approver"], "approver2", "on leave", At));

        Assert.Equal("approver2", run.Task("Review").Assignee);
        Assert.Equal(RejectionKind.Forbidden, InstanceRules.CompleteTask(run.Instance, task, "approver1", ["Approver"], TaskOutcome.Approve, null, null,
            InstanceDriver.Vars(null), At).Kind);
        run.Accept(InstanceRules.CompleteTask(run.Instance, task, "approver2", [], TaskOutcome.Reject, "no", null, InstanceDriver.Vars(null), At));
        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);   // rejected at review: the ticket ends
        Assert.Contains(run.Instance.History, h => h.ElementId == "Rejected" && h.What == "ended");
        Assert.Equal(InstanceDriver.Snapshot(run.Instance), InstanceDriver.Snapshot(run.ReplayedFromJson()));
    }

    [Fact]
    public void An_added_signer_signs_first_and_only_then_may_the_task_be_decided()
    {
        var run = AtReview();
        var risk = run.Task("Review").TaskId;

        run.Accept(TaskAssignmentRules.AddSigner(run.Instance, risk, "approver1", ["Approver"], "compliance1", "please co-sign", At));
        Assert.Equal(RejectionKind.Conflict, TaskAssignmentRules.AddSigner(run.Instance, risk, "approver1", ["Approver"], "compliance1", null, At).Kind);
        var coSign = Assert.Single(run.Instance.Tasks, t => t.CoSignOf == risk);
        Assert.Equal("compliance1", coSign.Assignee);
        Assert.Equal(RejectionKind.Conflict, InstanceRules.CompleteTask(run.Instance, risk, "approver1", ["Approver"], TaskOutcome.Approve, null, null,
            InstanceDriver.Vars(null), At).Kind);
        run.Accept(InstanceRules.CompleteTask(run.Instance, coSign.TaskId, "compliance1", [], TaskOutcome.Approve, "fine", null, InstanceDriver.Vars(null), At));
        run.Accept(InstanceRules.CompleteTask(run.Instance, risk, "approver1", ["Approver"], TaskOutcome.Approve, null, null, InstanceDriver.Vars(null), At));

        var next = Assert.Single(run.Instance.Tasks);
        Assert.Equal("Risk", next.ElementId);
        Assert.Equal(RejectionKind.Invalid, TaskAssignmentRules.AddSigner(run.Instance, next.TaskId, "risk1", ["RiskOfficer"], "risk2", null, At).Kind);   // not allowed there
        Assert.Equal(["signer added", "co-signed"], run.Instance.History.Where(h => h.ElementId == "Review" && h.What is "signer added" or "co-signed").Select(h => h.What));
        Assert.Equal(InstanceDriver.Snapshot(run.Instance), InstanceDriver.Snapshot(run.ReplayedFromJson()));
    }
}
