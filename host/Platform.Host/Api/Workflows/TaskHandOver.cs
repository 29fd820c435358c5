namespace Platform.Host.Api.Workflows;

/// The body of delegate and reassign (<see cref="ToUser"/>) and of add-signer (<see cref="Signer"/>).
internal sealed record TaskHandOver(string? ToUser = null, string? Signer = null, string? Comment = null);
