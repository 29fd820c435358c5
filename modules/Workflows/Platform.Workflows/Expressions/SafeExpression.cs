using System.Globalization;
using NCalc;
using NCalc.Exceptions;
using Platform.SharedKernel;

namespace Platform.Workflows.Expressions;

/// An NCalc expression over a process instance's variables, e.g. <c>[amount] &gt; 50000000 &amp;&amp; [side] == 'Buy'</c>.
/// Parsed once and checked: only <see cref="AllowedFunctions"/>, no like or factorial, at most <see cref="MaxLength"/>
/// characters. NCalc has no member access, no type names and no loops, and we register no custom functions, so an
/// expression can only compute with the values it is given; its evaluation time is linear in its (bounded) size.
public sealed class SafeExpression
{
    public const int MaxLength = 2000;

    private static readonly LogicalExpressionParserOptions ParserOptions = new()
    {
        FloatingPointNumberType = FloatingPointNumberType.Decimal,
    };

    private readonly LogicalExpression _tree;

    private SafeExpression(string text, LogicalExpression tree, ExpressionShape shape) =>
        (Text, _tree, Variables, NodeCount) = (text, tree, shape.Variables, shape.NodeCount);

    /// The expression as written.
    public string Text { get; }

    /// The variables it reads, each once, in order of first use.
    public IReadOnlyList<string> Variables { get; }

    /// The size of the parsed tree: evaluation visits each node at most once.
    public int NodeCount { get; }

    public static SafeExpression Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new DomainException("expression is empty", "expression");
        if (text.Length > MaxLength)
            throw new DomainException($"expression is {text.Length} characters long; at most {MaxLength} are allowed", "expression");
        var tree = ParseTree(text);
        var shape = ExpressionInspector.Inspect(tree);
        var unknown = shape.Functions.Where(f => !AllowedFunctions.Names.Contains(f)).ToArray();
        if (unknown.Length > 0)
            throw new DomainException(
                $"expression '{text}' calls {string.Join(", ", unknown)}, which is not allowed; allowed functions are {AllowedFunctions.Listed}", "expression");
        if (shape.RefusedOperators.Count > 0)
            throw new DomainException($"expression '{text}' uses {string.Join(", ", shape.RefusedOperators)}, which is not allowed", "expression");
        return new SafeExpression(text, tree, shape);
    }

    public static bool TryParse(string text, out SafeExpression? expression, out string? problem)
    {
        try
        {
            (expression, problem) = (Parse(text), null);
            return true;
        }
        catch (DomainException e)
        {
            (expression, problem) = (null, e.Message);
            return false;
        }
    }

    public object? Evaluate(IReadOnlyDictionary<string, object?> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var expression = new Expression(_tree, ExpressionOptions.DecimalAsDefault | ExpressionOptions.NoCache | ExpressionOptions.AllowNullParameter,
            cultureInfo: CultureInfo.InvariantCulture);
        foreach (var name in Variables)
            expression.Parameters[name] = variables.TryGetValue(name, out var value)
                ? VariableValues.ToExpressionValue(name, value)
                : throw new DomainException($"expression '{Text}' reads variable '{name}', which is not set", name);
        try
        {
            return expression.Evaluate();
        }
        catch (Exception e) when (e is NCalcException or InvalidCastException or ArithmeticException or FormatException or ArgumentException)
        {
            throw new DomainException($"expression '{Text}' could not be evaluated: {e.Message}", "expression");
        }
    }

    /// For conditions: the result must be a boolean, never a truthy number or text.
    public bool EvaluateBoolean(IReadOnlyDictionary<string, object?> variables) => Evaluate(variables) switch
    {
        bool b => b,
        var other => throw new DomainException(
            $"condition '{Text}' must give true or false, gave {(other is null ? "null" : Convert.ToString(other, CultureInfo.InvariantCulture))}", "expression"),
    };

    public override string ToString() => Text;

    private static LogicalExpression ParseTree(string text)
    {
        try
        {
            return LogicalExpressionParser.Parse(text, ParserOptions, CultureInfo.InvariantCulture, CancellationToken.None);
        }
        catch (Exception e) when (e is NCalcException or InvalidOperationException or FormatException or OverflowException)
        {
            throw new DomainException($"expression '{text}' is not valid: {e.Message}", "expression");
        }
    }
}
