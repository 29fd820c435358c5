using Platform.Workflows.Runtime;
using Xunit;

namespace Platform.Workflows.Tests.Runtime;

/// Moving running instances to another version (Bpmn/Migration): valid mappings move every resting token under its
/// ids and replay the same; every other plan lists its problems by element and changes nothing.
public sealed class MigrationTests
{
    private const string V1 = "Migration/approval-v1.bpmn";
    private const string V2 = "Migration/approval-v2.bpmn";

    [Fact]
    public void A_task_and_its_reminder_move_to_v2_under_the_same_ids_and_go_on_there()
    {
        var run = Started();
        var (task, timer) = (run.Task("DeskReview"), run.Instance.Timers.Single());

        var plan = run.Migrate(V2, 2);

        Assert.True(plan.IsValid, string.Join("; ", plan.Problems));
        Assert.Equal(new Dictionary<string, string> { ["DeskReview"] = "DeskReview", ["Remind"] = "Remind" }, plan.Event!.Mapping);
        Assert.Equal(task with { Name = "Desk review (v2)" }, run.Task("DeskReview"));
        Assert.Equal(timer, run.Instance.Timers.Single());
        Assert.Equal(2, run.Instance.DefinitionVersion);
        var entry = run.Instance.History[^1];
        Assert.Equal(("migrated v1 → v2", "admin1"), (entry.What, entry.By));
        run.Complete("DeskReview", "desk1", "DeskHead");
        Assert.Equal("RiskReview", run.Task("RiskReview").ElementId);
        AssertReplays(run);
    }

    [Fact]
    public void A_renamed_task_maps_explicitly_and_the_instance_runs_to_the_end_of_v2()
    {
        var run = AtRiskCheck();

        var plan = run.Migrate(V2, 2, new Dictionary<string, string> { ["RiskCheck"] = "RiskReview" });

        Assert.True(plan.IsValid, string.Join("; ", plan.Problems));
        Assert.Equal(("RiskReview", "Risk review"), (run.Task("RiskReview").ElementId, run.Task("RiskReview").Name));
        Assert.Equal("RiskCheck → RiskReview", run.Instance.History[^1].Comment);
        run.Accept(InstanceRules.CorrelateMessage(run.Instance, "settlement.confirmed", "T-42", InstanceDriver.Vars(null), InstanceDriver.T0));
        run.Complete("RiskReview", "risk1", "RiskOfficer");
        Assert.All(run.Instance.Tasks, t => Assert.Equal("Committee (v2)", t.Name));
        AssertReplays(run);
    }

    [Fact]
    public void A_token_waiting_in_the_parallel_join_stays_there()
    {
        var run = AtRiskCheck();
        run.Complete("RiskCheck", "risk1", "RiskOfficer");

        Assert.True(run.Migrate(V2, 2).IsValid);
        Assert.Equal(1, run.Instance.JoinArrivals["Join"]);
        run.Accept(InstanceRules.CorrelateMessage(run.Instance, "settlement.confirmed", "T-42", InstanceDriver.Vars(null), InstanceDriver.T0));

        Assert.Equal(2, run.Instance.Tasks.Count(t => t.ElementId == "Committee"));
        AssertReplays(run);
    }

    [Fact]
    public void A_countersign_half_way_keeps_its_signers_and_counts()
    {
        var run = AtCommittee();
        run.Sign("Committee", "ann");

        Assert.True(run.Migrate(V2, 2).IsValid);
        var activity = run.Instance.MultiInstances.Single();
        Assert.Equal((1, "Committee (v2)"), (activity.Approved, run.SignerTask("Committee", "bob").Name));
        run.Sign("Committee", "bob");

        Assert.Equal("booking.bookV2", run.Instance.ServiceCalls.Single().Handler);
        AssertReplays(run);
    }

    [Fact]
    public void A_pending_service_call_keeps_its_idempotency_key_and_takes_the_v2_handler()
    {
        var run = AtCommittee();
        run.Sign("Committee", "ann");
        run.Sign("Committee", "bob");
        var call = run.Instance.ServiceCalls.Single();

        Assert.True(run.Migrate(V2, 2).IsValid);

        Assert.Equal(call with { Handler = "booking.bookV2" }, run.Instance.ServiceCalls.Single());
        AssertReplays(run);
    }

    [Fact]
    public void A_child_call_keeps_its_child_and_resumes_on_the_v2_path()
    {
        var run = AtCommittee();
        run.Sign("Committee", "ann");
        run.Sign("Committee", "bob");
        run.Accept(InstanceRules.CompleteServiceCall(run.Instance, run.Instance.ServiceCalls.Single().CallId, InstanceDriver.Vars(null), InstanceDriver.T0));
        var child = run.Instance.ChildCalls.Single();

        Assert.True(run.Migrate(V2, 2).IsValid);
        Assert.Equal(child, run.Instance.ChildCalls.Single());
        run.Accept(InstanceRules.CompleteChildCall(run.Instance, child.CallId, InstanceDriver.Vars(null), InstanceDriver.T0.AddDays(1)));

        Assert.Equal("archive.store", run.Instance.ServiceCalls.Single().Handler);   // Archive exists only in v2
        AssertReplays(run);
    }

    [Fact]
    public void A_boundary_timer_the_target_task_lacks_is_disarmed()
    {
        var run = Started();

        Assert.True(run.Migrate("Migration/approval-v3.bpmn", 3).IsValid);

        Assert.Empty(run.Instance.Timers);
        Assert.Equal("Desk review (v3)", run.Task("DeskReview").Name);
        AssertReplays(run);
    }

    [Fact]
    public void A_missing_mapping_names_the_element_and_changes_nothing()
    {
        var run = AtRiskCheck();
        var before = InstanceDriver.Snapshot(run.Instance);

        var plan = run.Migrate(V2, 2);

        var problem = Assert.Single(plan.Problems);
        Assert.Equal("RiskCheck", problem.ElementId);
        Assert.Contains("no element RiskCheck", problem.Message);
        Assert.Equal((RejectionKind.Invalid, "RiskCheck"), (plan.Decision.Kind, plan.Decision.Field));
        Assert.Equal(before, InstanceDriver.Snapshot(run.Instance));
    }

    [Fact]
    public void A_kind_mismatch_is_refused_whether_mapped_by_id_or_explicitly()
    {
        var atDesk = Started().Migrate("Migration/approval-v2-kinds.bpmn", 2);
        var atCommittee = AtCommittee().Migrate("Migration/approval-v2-kinds.bpmn", 2);
        var explicitly = AtRiskCheck().Migrate(V2, 2, new Dictionary<string, string> { ["RiskCheck"] = "Book" });

        Assert.Equal("DeskReview", Assert.Single(atDesk.Problems).ElementId);
        Assert.Contains("serviceTask", atDesk.Problems[0].Message);
        Assert.Contains("multi-instance userTask", Assert.Single(atCommittee.Problems, p => p.ElementId == "Committee").Message);
        Assert.Contains("is a userTask but Book in v2 is a serviceTask", Assert.Single(explicitly.Problems).Message);
    }

    [Fact]
    public void Mapping_from_or_to_an_element_that_does_not_exist_is_refused()
    {
        var plan = AtRiskCheck().Migrate(V2, 2, new Dictionary<string, string> { ["RiskCheck"] = "RiskReveiw", ["Nope"] = "RiskReview" });

        Assert.Equal(["Nope", "RiskCheck"], plan.Problems.Select(p => p.ElementId));
        Assert.Contains("Nope is not an element of v1", plan.Problems[0].Message);
        Assert.Contains("RiskReveiw, which is not an element of v2", plan.Problems[1].Message);
    }

    [Fact]
    public void A_resting_token_may_not_move_onto_an_activity_the_instance_already_completed()
    {
        var plan = AtRiskCheck().Migrate(V2, 2, new Dictionary<string, string> { ["RiskCheck"] = "DeskReview" });

        var problem = Assert.Single(plan.Problems);
        Assert.Equal("RiskCheck", problem.ElementId);
        Assert.Contains("already completed", problem.Message);
    }

    [Fact]
    public void Two_resting_tokens_may_not_meet_in_one_element()
    {
        var run = InstanceDriver.Start("Valid/parallel-gateway.bpmn");

        var plan = run.Migrate("Valid/parallel-gateway.bpmn", 2, new Dictionary<string, string> { ["FrontCheck"] = "BackCheck" });

        Assert.Equal(["BackCheck", "FrontCheck"], plan.Problems.Select(p => p.ElementId));
    }

    [Fact]
    public void A_join_with_waiting_tokens_must_keep_its_flows()
    {
        var run = AtRiskCheck();
        run.Complete("RiskCheck", "risk1", "RiskOfficer");

        var plan = run.Migrate("Migration/approval-v3.bpmn", 3);

        Assert.Contains("stranded", Assert.Single(plan.Problems, p => p.ElementId == "Join").Message);
    }

    [Fact]
    public void Only_a_running_instance_moves_and_only_to_another_version_of_its_process()
    {
        var run = Started();
        var v2 = BpmnFiles.Deployable(V2);
        var none = new Dictionary<string, string>();

        var sameVersion = MigrationRules.Plan(run.Instance, v2, 1, none, "admin1", InstanceDriver.T0);
        var otherProcess = MigrationRules.Plan(run.Instance, BpmnFiles.Deployable("Valid/user-task.bpmn"), 2, none, "admin1", InstanceDriver.T0);
        run.Accept(InstanceRules.Cancel(run.Instance, "admin1", null, InstanceDriver.T0));
        var cancelled = MigrationRules.Plan(run.Instance, v2, 2, none, "admin1", InstanceDriver.T0);

        Assert.Equal(("definition", "definition"), (sameVersion.Problems.Single().ElementId, otherProcess.Problems.Single().ElementId));
        Assert.Equal(RejectionKind.NotRunning, cancelled.Decision.Kind);
    }

    [Fact]
    public void Apply_alone_refuses_a_migration_because_it_needs_the_target_definition()
    {
        var run = Started();
        var plan = MigrationRules.Plan(run.Instance, BpmnFiles.Deployable(V2), 2, new Dictionary<string, string>(), "admin1", InstanceDriver.T0);

        var error = Assert.Throws<InvalidOperationException>(() => run.Instance.Apply(plan.Event!));

        Assert.Contains("Migrate", error.Message);
        Assert.Equal(1, run.Instance.DefinitionVersion);
    }

    private static InstanceDriver Started() =>
        InstanceDriver.Start(V1, variables: new { tradeId = "T-42", signers = new[] { "ann", "bob" } });

    /// DeskReview approved: RiskCheck open and the settlement message awaited, in parallel.
    private static InstanceDriver AtRiskCheck()
    {
        var run = Started();
        run.Complete("DeskReview", "desk1", "DeskHead");
        return run;
    }

    /// Both parallel branches joined: the committee countersign is open for ann and bob.
    private static InstanceDriver AtCommittee()
    {
        var run = AtRiskCheck();
        run.Complete("RiskCheck", "risk1", "RiskOfficer");
        run.Accept(InstanceRules.CorrelateMessage(run.Instance, "settlement.confirmed", "T-42", InstanceDriver.Vars(null), InstanceDriver.T0));
        return run;
    }

    private static void AssertReplays(InstanceDriver run)
    {
        Assert.Equal(InstanceDriver.Snapshot(run.Instance), InstanceDriver.Snapshot(run.Replayed()));
        Assert.Equal(InstanceDriver.Snapshot(run.Instance), InstanceDriver.Snapshot(run.ReplayedFromJson()));
    }
}
