namespace Platform.BuildingBlocks.Validation;

/// The thing asked for does not exist; the host answers 404 problem+json with this message.
public sealed class NotFoundException(string message) : Exception(message);
