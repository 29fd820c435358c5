using Akka.Actor;
using Platform.Workflows.Instances;
using Platform.Workflows.Runtime;
using static Platform.Workflows.Actors.InstanceActorSignals;

namespace Platform.Workflows.Actors;

/// The commands of a running (or not yet started) instance.
internal sealed partial class ProcessInstanceActor
{
    private void Ready()
    {
        Command<StartInstanceCommand>(Start);
        Command<StartWith>(s => StartOn(s.Command, s.Definition, s.ReplyTo));
        Command<StartRefused>(s => s.ReplyTo.Tell(new InstanceRefused(RejectionKind.NotFound, "definitionKey", s.Reason)));
        Command<GetInstanceQuery>(_ => Answer(Sender, i => Sender.Tell(InstanceViews.Of(i))));
        Command<WakeInstance>(w => Answer(Sender, _ =>
        {
            Arm();
            if (w.Reproject) Project(Sender);
            else if (!Sender.IsNobody()) Sender.Tell(InstanceViews.Of(_instance!));
        }));
        Command<CompleteTaskCommand>(c => Answer(Sender, i => Reply(InstanceRules.CompleteTask(i, c.TaskId, c.User, c.Roles, c.Outcome, c.Comment,
            c.SendBackTo, c.Variables, Now), Sender)));
        Command<AssignTaskCommand>(c => Answer(Sender, i => Reply(c.Action switch
        {
            AssignmentAction.Claim => TaskAssignmentRules.Claim(i, c.TaskId, c.User, c.Roles, Now),
            AssignmentAction.Unclaim => TaskAssignmentRules.Unclaim(i, c.TaskId, c.User, Now),
            AssignmentAction.Delegate => TaskAssignmentRules.Delegate(i, c.TaskId, c.User, c.Target ?? "", c.Comment, Now),
            AssignmentAction.Reassign => TaskAssignmentRules.Reassign(i, c.TaskId, c.User, c.Roles, c.Target ?? "", c.Comment, Now),
            _ => TaskAssignmentRules.AddSigner(i, c.TaskId, c.User, c.Roles, c.Target ?? "", c.Comment, Now),
        }, Sender)));
        Command<CorrelateMessageCommand>(c => Answer(Sender, i => Reply(InstanceRules.CorrelateMessage(i, c.Name, c.CorrelationKey, c.Variables, Now), Sender)));
        Command<CancelInstanceCommand>(c => Answer(Sender, i => Reply(c.AsAdministrator || c.By == i.Initiator
            ? InstanceRules.Cancel(i, c.By, c.Reason, Now)
            : InstanceDecision.Reject(RejectionKind.Forbidden, "instanceId", $"only {i.Initiator}, who started instance {i.Id}, or an administrator may cancel it"), Sender)));
        Command<ResolveIncidentCommand>(c => Answer(Sender, i => Reply(c.Skip
            ? ServiceCallRules.Skip(i, c.CallId, c.By, c.Comment, Now)
            : ServiceCallRules.Retry(i, c.CallId, c.By, Now), Sender)));
        Command<ChildFinished>(c => Answer(Sender, i =>
        {
            var decision = InstanceRules.CompleteChildCall(i, c.CallId, c.Variables, Now);
            if (decision.Accepted) Accept(decision.Event!, Sender);
            else if (!Sender.IsNobody()) Sender.Tell(InstanceViews.Of(i));   // already taken: a repeated notice
        }));
        Command<ChildAnswered>(ChildAnswer);
        Command<RetryChildren>(_ => { if (_instance is not null) StartChildren(); });
        Command<MigrateInstanceCommand>(c => Answer(Sender, i =>
        {
            var replyTo = Sender;
            _services.Definitions.GetAsync(i.Definition.Key, c.ToVersion).PipeTo(Self,
                success: d => new MigrateWith(c, d, replyTo), failure: ex => new StartRefused(replyTo, ex.GetBaseException().Message));
        }));
        Command<MigrateWith>(m => Answer(m.ReplyTo, i =>
        {
            var plan = MigrationRules.Plan(i, m.Target, m.Command.ToVersion, m.Command.Mapping, m.Command.By, Now);
            if (!plan.IsValid) Reply(plan.Decision, m.ReplyTo);
            else if (m.Command.DryRun) m.ReplyTo.Tell(InstanceViews.Of(i));
            else AcceptMigration(plan.Event!, m.Target, m.ReplyTo);
        }));
        Command<TimerDue>(FireTimer);
        Command<CallDue>(RunCall);
        Command<CallSucceeded>(CallDone);
        Command<CallFailed>(CallFailedAttempt);
    }

    private void Start(StartInstanceCommand c)
    {
        if (_instance is not null) { Started(c, Sender); return; }
        var loading = _services.Definitions.GetAsync(c.DefinitionKey, c.DefinitionVersion);
        var replyTo = Sender;
        if (loading.IsCompletedSuccessfully) StartOn(c, loading.Result, replyTo);
        else loading.PipeTo(Self, success: d => new StartWith(c, d, replyTo), failure: ex => new StartRefused(replyTo, ex.GetBaseException().Message));
    }

    private void StartOn(StartInstanceCommand c, Definitions.ProcessDefinition definition, IActorRef replyTo)
    {
        if (_instance is not null) { Started(c, replyTo); return; }
        var decision = InstanceRules.Start(definition, c.DefinitionVersion, _instanceId, c.BusinessKey, c.Initiator, c.Variables, Now,
            c.ParentInstanceId, c.ParentCallId);
        if (decision.Accepted) _instance = new ProcessInstance(definition);
        Reply(decision, replyTo);
    }

    /// A start for an id that already runs: the same process answers with the instance (a retried start); another is refused.
    private void Started(StartInstanceCommand c, IActorRef replyTo)
    {
        if (_instance!.Definition.Key == c.DefinitionKey && _instance.Initiator == c.Initiator) replyTo.Tell(InstanceViews.Of(_instance));
        else replyTo.Tell(new InstanceRefused(RejectionKind.Conflict, "instanceId", $"instance {_instanceId} already exists for another start"));
    }

    private void Answer(IActorRef replyTo, Action<ProcessInstance> handle)
    {
        if (_instance is null) NotStarted(replyTo);
        else handle(_instance);
    }
}
