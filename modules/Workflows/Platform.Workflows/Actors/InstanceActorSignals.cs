using System.Text.Json;
using Akka.Actor;
using Platform.Workflows.Definitions;

namespace Platform.Workflows.Actors;

/// Messages an instance actor sends itself: a loaded definition, a due timer or call, a handler's result.
internal static class InstanceActorSignals
{
    /// The definition versions a recovered journal needs, by version number.
    public sealed record DefinitionsLoaded(IReadOnlyDictionary<int, ProcessDefinition> Versions);

    public sealed record MigrateWith(MigrateInstanceCommand Command, ProcessDefinition Target, IActorRef ReplyTo);

    public sealed record ChildAnswered(string CallId, object Answer);

    public sealed record RetryChildren;

    public sealed record DefinitionFailed(Exception Error);

    public sealed record StartWith(StartInstanceCommand Command, ProcessDefinition Definition, IActorRef ReplyTo);

    public sealed record StartRefused(IActorRef ReplyTo, string Reason);

    public sealed record TimerDue(string TimerId);

    public sealed record CallDue(string CallId);

    public sealed record CallSucceeded(string CallId, IReadOnlyDictionary<string, JsonElement> Variables);

    public sealed record CallFailed(string CallId, string Error);
}
