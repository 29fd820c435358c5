namespace Platform.Trading.Domain.ReferenceData;

/// The domestic long-term rating scale of Chinese agencies, best first, used for external and implied (中债隐含) ratings.
public static class Ratings
{
    public static IReadOnlyList<string> Scale { get; } =
        ["AAA+", "AAA", "AAA-", "AA+", "AA", "AA(2)", "AA-", "A+", "A", "A-", "BBB+", "BBB", "BBB-", "BB+", "BB", "BB-", "B+", "B", "B-", "CCC", "CC", "C", "A-1"];

    public static bool IsValid(string rating) => Scale.Contains(rating, StringComparer.Ordinal);
}
