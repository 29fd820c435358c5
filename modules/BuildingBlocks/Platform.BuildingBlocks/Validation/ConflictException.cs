namespace Platform.BuildingBlocks.Validation;

/// The request is valid but the thing it acts on is no longer in a state that takes it (a finished instance, a task
/// someone else already completed). The host answers 409 with the reason.
public sealed class ConflictException(string message) : Exception(message);
