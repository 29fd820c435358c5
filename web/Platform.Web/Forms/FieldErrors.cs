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

    /// One problem the portal itself found before calling a facade.
    public static FieldErrors Of(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });

    public bool Any => _errors.Count > 0;

    public string? For(string field) =>
        _errors.TryGetValue(field, out var messages) && messages.Length > 0 ? string.Join("; ", messages) : null;

    public FormValidateStatus StatusFor(string field) =>
        For(field) is null ? FormValidateStatus.Default : FormValidateStatus.Error;

    /// The field's messages and those of its parts ("variables" and "variables.amount"), each part named.
    public string? Under(string field)
    {
        var messages = _errors.Where(e => Covers(field, e.Key))
            .SelectMany(e => e.Value.Select(m => e.Key == field ? m : $"{e.Key[(field.Length + 1)..]}: {m}")).ToList();
        return messages.Count > 0 ? string.Join("; ", messages) : null;
    }

    /// Messages for fields the form has no input for, so that none is silently dropped; a shown field covers its parts.
    public IEnumerable<string> Except(params string[] shownFields) =>
        _errors.Where(e => !shownFields.Any(f => Covers(f, e.Key))).SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"));

    private static bool Covers(string field, string key) =>
        key == field || (key.StartsWith(field, StringComparison.Ordinal) && key.Length > field.Length && key[field.Length] == '.');
}
