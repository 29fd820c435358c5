using Xunit;
using Platform.Workflows.Definitions;

namespace Platform.Workflows.Tests.Definitions;

/// One real file (bpmn-js layout included) per supported element: each reads, validates and says what it holds.
public sealed class ValidDefinitionTests
{
    [Fact]
    public void Start_and_end_read_with_diagram_ignored()
    {
        var definition = BpmnFiles.Deployable("Valid/start-end.bpmn");

        Assert.Equal("StartEnd", definition.Key);
        Assert.Equal("Start and end", definition.Name);
        Assert.Equal(["End", "Start"], definition.Elements.Keys.Order(StringComparer.Ordinal));
        Assert.IsType<StartEvent>(definition.Element("Start"));
        Assert.Equal("Submitted", definition.Element("Start").Name);
        var flow = Assert.Single(definition.Outgoing("Start"));
        Assert.Equal(("Flow_1", "End"), (flow.Id, flow.TargetRef));
        Assert.Equal("Flow_1", Assert.Single(definition.Incoming("End")).Id);
    }

    [Fact]
    public void User_task_reads_candidates_due_time_outcomes_and_initiator_rule()
    {
        var task = Assert.IsType<UserTask>(BpmnFiles.Deployable("Valid/user-task.bpmn").Element("Approve"));

        Assert.Equal(["Approver", "RiskOfficer"], task.Rules.CandidateRoles);
        Assert.Equal(["u.zhang"], task.Rules.CandidateUsers);
        Assert.Null(task.Rules.Assignee);
        Assert.Equal(TimeSpan.FromDays(2), task.Rules.DueIn);
        Assert.Equal([TaskOutcome.Approve, TaskOutcome.Reject, TaskOutcome.Reassign], task.Rules.Outcomes);
        Assert.True(task.Rules.Segregation.NotInitiator);
        Assert.Empty(task.Rules.Segregation.NotSameAs);
        Assert.Null(task.Rules.MultiInstance);
    }

    [Fact]
    public void Service_task_names_its_handler()
    {
        var task = Assert.IsType<ServiceTask>(BpmnFiles.Deployable("Valid/service-task.bpmn").Element("SendInstruction"));

        Assert.Equal("settlement.sendInstruction", task.Handler);
    }

    [Fact]
    public void Exclusive_gateway_has_a_condition_and_a_default()
    {
        var definition = BpmnFiles.Deployable("Valid/exclusive-gateway.bpmn");

        Assert.Equal("Flow_Small", Assert.IsType<ExclusiveGateway>(definition.Element("ByAmount")).DefaultFlowId);
        var large = definition.Outgoing("ByAmount").Single(f => f.Id == "Flow_Large");
        Assert.Equal("[amount] > 50000000", large.Condition!.Text);
        Assert.True(large.Condition.EvaluateBoolean(new Dictionary<string, object?> { ["amount"] = 60_000_000m }));
        Assert.Null(definition.Outgoing("ByAmount").Single(f => f.Id == "Flow_Small").Condition);
    }

    [Fact]
    public void Parallel_gateways_fork_and_join()
    {
        var definition = BpmnFiles.Deployable("Valid/parallel-gateway.bpmn");

        Assert.IsType<ParallelGateway>(definition.Element("Fork"));
        Assert.Equal(2, definition.Outgoing("Fork").Count());
        Assert.Equal(2, definition.Incoming("Join").Count());
    }

    [Fact]
    public void Inclusive_gateway_has_conditions_and_a_default()
    {
        var definition = BpmnFiles.Deployable("Valid/inclusive-gateway.bpmn");

        Assert.Equal("Flow_None", Assert.IsType<InclusiveGateway>(definition.Element("Checks")).DefaultFlowId);
        var compliance = definition.Outgoing("Checks").Single(f => f.Id == "Flow_Compliance").Condition!;
        Assert.True(compliance.EvaluateBoolean(new Dictionary<string, object?> { ["counterpartyType"] = "Offshore" }));
        Assert.False(compliance.EvaluateBoolean(new Dictionary<string, object?> { ["counterpartyType"] = "Bank" }));
    }

    [Fact]
    public void Intermediate_timers_read_a_duration_and_a_date()
    {
        var definition = BpmnFiles.Deployable("Valid/intermediate-timer.bpmn");

        var wait = Assert.IsType<IntermediateTimerEvent>(definition.Element("WaitFourHours"));
        Assert.Equal(TimeSpan.FromHours(4), wait.Timer!.Duration);
        Assert.Null(wait.Timer.Date);
        var cutOff = Assert.IsType<IntermediateTimerEvent>(definition.Element("UntilCutOff"));
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 17, 0, 0, TimeSpan.FromHours(8)), cutOff.Timer!.Date);
    }

    [Fact]
    public void Boundary_timers_are_interrupting_unless_they_say_otherwise()
    {
        var definition = BpmnFiles.Deployable("Valid/boundary-timer.bpmn");

        var remind = Assert.IsType<BoundaryTimerEvent>(definition.Element("Remind"));
        Assert.Equal(("Approve", false, TimeSpan.FromHours(4)), (remind.AttachedTo, remind.Interrupting, remind.Timer!.Duration));
        var escalate = Assert.IsType<BoundaryTimerEvent>(definition.Element("Escalate"));
        Assert.Equal(("Approve", true, TimeSpan.FromDays(1)), (escalate.AttachedTo, escalate.Interrupting, escalate.Timer!.Duration));
        Assert.Equal(["Escalate", "Remind"], definition.BoundaryEventsOf("Approve").Select(b => b.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Message_catch_resolves_the_message_name_and_correlation_key()
    {
        var definition = BpmnFiles.Deployable("Valid/message-catch.bpmn");

        var wait = Assert.IsType<MessageCatchEvent>(definition.Element("WaitSettled"));
        Assert.Equal("settlement.confirmed", wait.MessageName);
        Assert.Equal("T-2026-0001", wait.CorrelationKey!.Evaluate(new Dictionary<string, object?> { ["tradeId"] = "T-2026-0001" }));
        Assert.Equal("settlement.confirmed", definition.Messages["Message_Settled"]);
    }

    [Fact]
    public void Call_activity_names_the_called_process()
    {
        var call = Assert.IsType<CallActivity>(BpmnFiles.Deployable("Valid/call-activity.bpmn").Element("Settle"));

        Assert.Equal("SettlementProcess", call.CalledProcessKey);
    }

    [Fact]
    public void Multi_instance_tasks_read_all_any_and_n_of_m()
    {
        var definition = BpmnFiles.Deployable("Valid/multi-instance.bpmn");
        MultiInstance Multi(string id) => Assert.IsType<UserTask>(definition.Element(id)).Rules.MultiInstance!;

        Assert.Equal((false, "[signers]", MultiInstanceCompletion.All), (Multi("AllSign").IsSequential, Multi("AllSign").Collection!.Text, Multi("AllSign").Completion!.Value));
        Assert.Equal((true, MultiInstanceCompletion.Any), (Multi("AnySigns").IsSequential, Multi("AnySigns").Completion!.Value));
        Assert.Equal(MultiInstanceCompletion.OfCount(2), Multi("TwoOfThree").Completion);
        Assert.Equal("三取二", definition.Element("TwoOfThree").Name);
    }

    [Fact]
    public void Two_step_approval_reads_every_outcome_send_back_and_segregation_rule()
    {
        var definition = BpmnFiles.Deployable("Valid/two-step-approval.bpmn");

        Assert.Equal("交易审批", definition.Name);
        var risk = Assert.IsType<UserTask>(definition.Element("RiskApproval")).Rules;
        Assert.Equal(Enum.GetValues<TaskOutcome>(), risk.Outcomes);
        Assert.Equal(["DeskReview"], risk.SendBackTo);
        Assert.Equal(["li.wei", "wang.fang"], risk.CandidateUsers);
        Assert.Equal(["riskOfficer"], risk.Assignee!.Variables);
        Assert.Equal(TimeSpan.FromDays(1), risk.DueIn);
        Assert.Equal(new SegregationOfDuties(true, ["DeskReview"]).NotSameAs, risk.Segregation.NotSameAs);
        Assert.True(risk.Segregation.NotInitiator);
    }

    [Fact]
    public void A_user_task_without_outcomes_offers_approve_and_reject()
    {
        var task = Assert.IsType<UserTask>(BpmnFiles.Deployable("Valid/parallel-gateway.bpmn").Element("FrontCheck"));

        Assert.Equal([TaskOutcome.Approve, TaskOutcome.Reject], task.Rules.Outcomes);
    }

    [Fact]
    public void The_readme_example_uses_every_element_and_deploys()
    {
        var definition = BpmnFiles.Deployable("Valid/complete-example.bpmn");

        Assert.Equal(
            ["BoundaryTimerEvent", "CallActivity", "EndEvent", "ExclusiveGateway", "MessageCatchEvent", "ParallelGateway", "ServiceTask", "StartEvent", "UserTask"],
            definition.Elements.Values.Select(e => e.GetType().Name).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal((16, 16), (definition.Elements.Count, definition.SequenceFlows.Count));
    }
}
