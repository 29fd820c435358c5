using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Platform.SharedKernel;
using Platform.Workflows.Expressions;

namespace Platform.Workflows.Definitions;

/// Collects problems while a file is read, so one reading reports all of them. Each helper reads one kind of value
/// (expression, duration, list, flag) and, when the text cannot be read, records why on the element and returns null.
internal sealed class ParseContext
{
    private readonly List<DefinitionProblem> _problems = [];

    public IReadOnlyList<DefinitionProblem> Problems => _problems;

    public void Problem(string elementId, string message) => _problems.Add(new DefinitionProblem(elementId, message));

    public void Problem(XElement element, string message) => Problem(IdOf(element), message);

    /// The element's id, or a description with the line number when the designer left it without one.
    public static string IdOf(XElement element) =>
        (string?)element.Attribute("id") is { Length: > 0 } id ? id
        : $"{element.Name.LocalName} at line {((IXmlLineInfo)element).LineNumber.ToString(CultureInfo.InvariantCulture)}";

    public SafeExpression? Expression(string elementId, string what, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (SafeExpression.TryParse(text.Trim(), out var expression, out var problem))
            return expression;
        Problem(elementId, $"{what}: {problem}");
        return null;
    }

    public TimeSpan? Duration(string elementId, string what, string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Read(elementId, what, () => IsoDuration.Parse(text, what));

    public TimerSpec? Timer(string elementId, Func<TimerSpec> read) => ReadObject(elementId, "timer", read);

    public bool Flag(string elementId, string what, string? text, bool absent)
    {
        if (string.IsNullOrWhiteSpace(text))
            return absent;
        if (bool.TryParse(text.Trim(), out var value))
            return value;
        Problem(elementId, $"{what} must be true or false, was '{text}'");
        return absent;
    }

    public static IReadOnlyList<string> List(string? text) =>
        string.IsNullOrWhiteSpace(text) ? []
        : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();

    private T? Read<T>(string elementId, string what, Func<T> read) where T : struct
    {
        try
        {
            return read();
        }
        catch (DomainException e)
        {
            Problem(elementId, $"{what}: {e.Message}");
            return null;
        }
    }

    private T? ReadObject<T>(string elementId, string what, Func<T> read) where T : class
    {
        try
        {
            return read();
        }
        catch (DomainException e)
        {
            Problem(elementId, $"{what}: {e.Message}");
            return null;
        }
    }
}
