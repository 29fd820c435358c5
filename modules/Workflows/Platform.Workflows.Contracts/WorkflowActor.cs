namespace Platform.Workflows.Contracts;

/// Who acts on a process: the signed-in user and the roles they hold, which decide the tasks they may do.
public sealed record WorkflowActor(string UserId, IReadOnlyList<string> Roles);
