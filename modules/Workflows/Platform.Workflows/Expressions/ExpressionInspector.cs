using NCalc;
using NCalc.Visitors;

namespace Platform.Workflows.Expressions;

/// Walks NCalc's parsed tree once and records its <see cref="ExpressionShape"/>. Function and variable names come from
/// the tree, not from the text, so quoting or spacing cannot hide a call.
internal sealed class ExpressionInspector : ILogicalExpressionVisitor<int>
{
    private readonly List<string> _variables = [];
    private readonly List<string> _functions = [];
    private readonly List<string> _refused = [];
    private int _nodes;

    public static ExpressionShape Inspect(LogicalExpression root)
    {
        var inspector = new ExpressionInspector();
        root.Accept(inspector);
        return new ExpressionShape(
            inspector._variables.Distinct(StringComparer.Ordinal).ToArray(),
            inspector._functions.Distinct(StringComparer.Ordinal).ToArray(),
            inspector._refused.Distinct(StringComparer.Ordinal).ToArray(),
            inspector._nodes);
    }

    public int Visit(TernaryExpression expression)
    {
        _nodes++;
        expression.LeftExpression.Accept(this);
        expression.MiddleExpression.Accept(this);
        return expression.RightExpression.Accept(this);
    }

    public int Visit(BinaryExpression expression)
    {
        _nodes++;
        // like builds a pattern matcher from (possibly variable) text: its cost is not bounded by the expression's size.
        if (expression.Type is BinaryExpressionType.Like or BinaryExpressionType.NotLike)
            _refused.Add("like");
        expression.LeftExpression.Accept(this);
        return expression.RightExpression.Accept(this);
    }

    public int Visit(UnaryExpression expression)
    {
        _nodes++;
        // n! loops n times: a short text could run for ever.
        if (expression.Type == UnaryExpressionType.Factorial)
            _refused.Add("! (factorial)");
        return expression.Expression.Accept(this);
    }

    public int Visit(ValueExpression expression) => ++_nodes;

    public int Visit(Function function)
    {
        _nodes++;
        _functions.Add(function.Identifier.Name);
        return function.Parameters.Accept(this);
    }

    public int Visit(Identifier identifier)
    {
        _variables.Add(identifier.Name);
        return ++_nodes;
    }

    public int Visit(LogicalExpressionList list)
    {
        _nodes++;
        foreach (var item in list)
            item.Accept(this);
        return _nodes;
    }
}
