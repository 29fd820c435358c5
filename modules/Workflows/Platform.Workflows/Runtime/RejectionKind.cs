namespace Platform.Workflows.Runtime;

/// Why a command was refused, for the HTTP status: unknown task (404), not allowed (403), bad input (400), or the
/// instance is no longer running (409).
public enum RejectionKind
{
    NotFound,
    Forbidden,
    Invalid,
    NotRunning,
    /// The task is in a state that does not take this now (claimed by someone else, waiting for co-signers): 409.
    Conflict,
}
