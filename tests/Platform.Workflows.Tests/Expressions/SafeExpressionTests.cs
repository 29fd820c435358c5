using Xunit;
using System.Text.Json;
using Platform.SharedKernel;
using Platform.Workflows.Expressions;

namespace Platform.Workflows.Tests.Expressions;

public sealed class SafeExpressionTests
{
    private static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);

    [Fact]
    public void Numbers_compute_in_decimal()
    {
        var expression = SafeExpression.Parse("[face] * [price] / 100");

        Assert.Equal(10_052_300m, expression.Evaluate(Vars(("face", 10_000_000), ("price", 100.523m))));
        Assert.Equal(["face", "price"], expression.Variables);
    }

    [Fact]
    public void Strings_and_booleans_combine_in_conditions()
    {
        var expression = SafeExpression.Parse("[side] == 'Buy' && [urgent] && [amount] >= 50000000");

        Assert.True(expression.EvaluateBoolean(Vars(("side", "Buy"), ("urgent", true), ("amount", 50_000_000m))));
        Assert.False(expression.EvaluateBoolean(Vars(("side", "Sell"), ("urgent", true), ("amount", 50_000_000m))));
    }

    [Fact]
    public void Json_variables_are_read_as_numbers_text_booleans_and_lists()
    {
        using var json = JsonDocument.Parse("""{"amount": 60000000.5, "desk": "Rates", "urgent": false, "roles": ["Approver", "RiskOfficer"]}""");
        var vars = json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);

        Assert.True(SafeExpression.Parse("[amount] > 50000000 && [desk] == 'Rates' && ![urgent]").EvaluateBoolean(vars));
        Assert.True(SafeExpression.Parse("'RiskOfficer' in [roles]").EvaluateBoolean(vars));
        Assert.Equal(60_000_001.5m, SafeExpression.Parse("[amount] + 1").Evaluate(vars));
    }

    [Fact]
    public void Whitelisted_functions_work()
    {
        var vars = Vars(("a", 3.14159m), ("b", -2m));

        Assert.Equal(3.14m, SafeExpression.Parse("Round([a], 2)").Evaluate(vars));
        Assert.Equal("neg", SafeExpression.Parse("if([b] < 0, 'neg', 'pos')").Evaluate(vars));
        Assert.Equal(2m, SafeExpression.Parse("Abs([b])").Evaluate(vars));
    }

    [Theory]
    [InlineData("Exec('shutdown')", "Exec")]
    [InlineData("Max(1, ReadFile('x'))", "ReadFile")]
    [InlineData("abs(-1)", "abs")]
    public void A_function_outside_the_whitelist_is_refused_at_parse_time(string text, string function)
    {
        var refused = Assert.Throws<DomainException>(() => SafeExpression.Parse(text));

        Assert.Contains($"calls {function}, which is not allowed", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Round", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1000000!")]
    [InlineData("[name] like '%a%'")]
    public void Operators_whose_cost_is_not_bounded_by_size_are_refused(string text)
    {
        var refused = Assert.Throws<DomainException>(() => SafeExpression.Parse(text));

        Assert.Contains("which is not allowed", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_variable_is_named()
    {
        var expression = SafeExpression.Parse("[amount] > [limit]");

        var refused = Assert.Throws<DomainException>(() => expression.Evaluate(Vars(("amount", 1m))));

        Assert.Equal("limit", refused.Field);
        Assert.Contains("reads variable 'limit', which is not set", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1 +* 2")]
    [InlineData("([amount] > 1")]
    [InlineData("")]
    public void A_syntax_error_is_refused(string text)
    {
        var refused = Assert.Throws<DomainException>(() => SafeExpression.Parse(text));

        Assert.Equal("expression", refused.Field);
    }

    [Fact]
    public void An_over_long_expression_is_refused()
    {
        var text = string.Join(" + ", Enumerable.Repeat("1", 1001));

        var refused = Assert.Throws<DomainException>(() => SafeExpression.Parse(text));

        Assert.Contains($"at most {SafeExpression.MaxLength}", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_condition_must_give_a_boolean()
    {
        var refused = Assert.Throws<DomainException>(() => SafeExpression.Parse("[amount] + 1").EvaluateBoolean(Vars(("amount", 1m))));

        Assert.Contains("must give true or false, gave 2", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_object_variable_is_refused_by_name()
    {
        using var json = JsonDocument.Parse("""{"trade": {"id": 1}}""");

        var refused = Assert.Throws<DomainException>(() =>
            SafeExpression.Parse("[trade] == 1").Evaluate(Vars(("trade", json.RootElement.GetProperty("trade")))));

        Assert.Equal("trade", refused.Field);
    }
}
