namespace Platform.SharedKernel;

/// <summary>
/// A security identifier: a scheme and a code valid in it, written <c>SSE:019547</c>. The same bond has a different
/// code at each venue (a treasury bond listed on both the inter-bank market and SSE), so the scheme is part of the id.
/// <c>default(SecurityId)</c> is not an id: build one with <see cref="Of"/> or <see cref="Parse"/>.
/// </summary>
public readonly record struct SecurityId
{
    private SecurityId(SecurityIdScheme scheme, string code) => (Scheme, Code) = (scheme, code);

    public SecurityIdScheme Scheme { get; }
    public string Code { get; }

    public static SecurityId Of(SecurityIdScheme scheme, string code) =>
        !Enum.IsDefined(scheme) ? throw new DomainException($"unknown security id scheme {(int)scheme}", "scheme")
        : SecurityIdRules.Problem(scheme, code) is { } problem
            ? throw new DomainException(problem, "code")
            : new(scheme, code);

    /// <summary>Reads <c>SCHEME:CODE</c>, e.g. <c>SSE:019547</c>, <c>CFETS:220210</c>, <c>ISIN:CNE1000002H1</c>.</summary>
    public static SecurityId Parse(string text) =>
        Read(text, out var id) is { } problem ? throw new DomainException(problem, "securityId") : id;

    public static bool TryParse(string? text, out SecurityId id) => Read(text, out id) is null;

    public override string ToString() => $"{SecurityIdRules.SchemeName(Scheme)}:{Code}";

    /// <returns>null when <paramref name="text"/> is a valid id, else what is wrong with it.</returns>
    private static string? Read(string? text, out SecurityId id)
    {
        id = default;
        int colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (text is null || colon < 0)
            return $"a security id must be written SCHEME:CODE such as SSE:019547, was '{text}'";
        if (!SecurityIdRules.TryParseScheme(text.AsSpan(0, colon), out var scheme))
            return $"unknown security id scheme '{text[..colon]}' in '{text}'; known schemes: {SecurityIdRules.KnownSchemes}";
        string code = text[(colon + 1)..];
        if (SecurityIdRules.Problem(scheme, code) is { } problem)
            return problem;
        id = new SecurityId(scheme, code);
        return null;
    }
}
