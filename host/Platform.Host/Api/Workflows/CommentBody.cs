namespace Platform.Host.Api.Workflows;

/// A body that carries only a comment or reason, for cancel and skip.
internal sealed record CommentBody(string? Comment = null);
