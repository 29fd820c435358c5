namespace Platform.BuildingBlocks.Validation;

/// Bad input, with the problems keyed by the field that carries them (camelCase, as the API spells it).
/// The host turns it into a 400 problem+json whose <c>errors</c> name each field.
public sealed class ValidationFailedException : Exception
{
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
        : base("Validation failed: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")))
        => Errors = errors;

    public ValidationFailedException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] }) { }
}
