using AntDesign;

namespace Platform.Web.Components.Pages.Workflows;

/// What the last Validate or Deploy said: <see cref="Outcome"/> (valid, invalid, deployed, unchanged, refused) for
/// tests and styles, the message, the problems to fix, and the version deployed.
public sealed record DesignerResult(string Outcome, AlertType Type, string Message, IReadOnlyList<DesignerProblem> Problems, int? Version);
