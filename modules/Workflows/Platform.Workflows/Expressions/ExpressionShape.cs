namespace Platform.Workflows.Expressions;

/// What a parsed expression contains: the variables it reads, the functions it calls, the operators it uses
/// that we refuse, and its node count (the bound on evaluation time).
internal sealed record ExpressionShape(
    IReadOnlyList<string> Variables,
    IReadOnlyList<string> Functions,
    IReadOnlyList<string> RefusedOperators,
    int NodeCount);
