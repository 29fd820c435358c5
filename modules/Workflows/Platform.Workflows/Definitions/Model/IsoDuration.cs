using System.Xml;
using Platform.SharedKernel;

namespace Platform.Workflows.Definitions;

/// ISO-8601 durations as BPMN and our pf:dueIn write them ("P2D", "PT30M"). Years and months have no fixed length,
/// so they are refused rather than guessed.
public static class IsoDuration
{
    public static TimeSpan Parse(string text, string field)
    {
        var trimmed = text.Trim();
        var datePart = trimmed.Split('T')[0];
        if (datePart.Contains('Y', StringComparison.Ordinal) || datePart.Contains('M', StringComparison.Ordinal))
            throw new DomainException($"'{text}' uses years or months, which have no fixed length; use days (P30D)", field);
        TimeSpan span;
        try
        {
            span = XmlConvert.ToTimeSpan(trimmed);
        }
        catch (FormatException)
        {
            throw new DomainException($"'{text}' is not an ISO-8601 duration such as PT4H or P2D", field);
        }
        return span > TimeSpan.Zero ? span : throw new DomainException($"duration '{text}' must be positive", field);
    }
}
