using AntDesign;
using Platform.BuildingBlocks.Validation;

namespace Platform.Web.Forms;

/// The problems a facade reported for a form, keyed by the field it named (camelCase, as the facades spell it),
/// so that each message shows under its own input.
public sealed class FieldErrors
{
    public static FieldErrors None { get; } = new(new Dictionary<string, string[]>());

    private readonly IReadOnlyDictionary<string, string[]> _errors;

    private FieldErrors(IReadOnlyDictionary<string, string[]> errors) => _errors = errors;

    public static FieldErrors From(ValidationFailedException exception) => new(exception.Errors);

    public bool Any => _errors.Count > 0;

    public string? For(string field) =>
        _errors.TryGetValue(field, out var messages) && messages.Length > 0 ? string.Join("; ", messages) : null;

    public FormValidateStatus StatusFor(string field) =>
        For(field) is null ? FormValidateStatus.Default : FormValidateStatus.Error;

    /// Messages for fields the form has no input for, so that none is silently dropped.
    public IEnumerable<string> Except(params string[] shownFields) =>
        _errors.Where(e => !shownFields.Contains(e.Key, StringComparer.Ordinal)).SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"));
}
