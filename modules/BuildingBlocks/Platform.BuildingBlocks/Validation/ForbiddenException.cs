namespace Platform.BuildingBlocks.Validation;

/// The caller is signed in and the input is fine, but a rule forbids this person to do this (not their task,
/// segregation of duties). The host answers 403 with the reason.
public sealed class ForbiddenException(string message) : Exception(message);
