namespace Platform.SharedKernel;

/// <summary>
/// A business rule was broken: a value type refused its input, or a calendar was asked about a day it does not cover.
/// The message says what was wrong in words a user can act on; endpoints map it to a 400/422 naming <see cref="Field"/>.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string message, string? field = null) : base(message) => Field = field;

    /// <summary>The camelCase name of the offending input (e.g. <c>currency</c>), or null when no single input is to blame.</summary>
    public string? Field { get; }
}
