using Akka.Actor;
using Platform.SharedKernel;
using Platform.Workflows.Handlers;
using Platform.Workflows.Instances;
using Platform.Workflows.Runtime;

namespace Platform.Workflows.Actors;

/// What every instance actor of a node shares: definitions, handlers, the clock, the retry policy and the projector.
internal sealed record InstanceActorServices(
    DefinitionCache Definitions, ServiceTaskHandlers Handlers, IClock Clock, RetryPolicy Retry, TimeSpan HandlerTimeout, IActorRef Projector,
    Func<IActorRef> Region, TimeSpan AskTimeout);
