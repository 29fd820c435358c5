namespace Platform.E2E.Portal;

/// A step of a straight-line test process: a user task with the platform rules it takes (pf: attributes), or a
/// service task when it names a <see cref="Handler"/>.
public sealed record LinearTask(string Id, string Name, string CandidateRoles = "", string? DueIn = null, string? Outcomes = null,
    string? SendBackTo = null, bool NotInitiator = false, string? Handler = null);
