namespace Platform.Host.Api.Workflows;

/// The answer to validating a BPMN file: deployable when there is no problem; problems keyed by element id
/// (<c>definitions</c> for the file as a whole), as the designer marks them.
internal sealed record ValidationReport(bool Deployable, IReadOnlyDictionary<string, string[]> Problems);
