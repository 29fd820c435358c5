using System.Collections.Frozen;

namespace Platform.Workflows.Expressions;

/// The NCalc built-in functions an expression may call. Anything else — a custom name, a typo — is refused when the
/// expression is parsed, so a definition cannot be deployed with a call the engine would only discover at run time.
/// Every one of these runs in constant time per call (no loops over text), which keeps evaluation bounded by size.
public static class AllowedFunctions
{
    public static readonly FrozenSet<string> Names = FrozenSet.ToFrozenSet(
    [
        "if", "ifs", "in", "isNull", "isNullOrEmpty",
        "Abs", "Ceiling", "Floor", "Max", "Min", "Round", "Sign", "Truncate", "Pow", "Sqrt",
    ], StringComparer.Ordinal);

    public static string Listed => string.Join(", ", Names.Order(StringComparer.Ordinal));
}
