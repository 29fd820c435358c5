namespace Platform.Trading.Domain.Quotes;

/// What the board works out from a stored quote: its age, whether it is stale, and the spread of its mid to the
/// bond's valuation yield.
public static class QuoteFigures
{
    /// How long the quote has stood; never negative, since the clocks of several nodes may differ by a little.
    public static TimeSpan Age(DateTimeOffset postedAt, DateTimeOffset now) => now > postedAt ? now - postedAt : TimeSpan.Zero;

    /// A quote is stale once it has stood as long as the limit.
    public static bool IsStale(TimeSpan age, TimeSpan staleAfter) => age >= staleAfter;

    /// The mid of bid and ask (the side given, for a one-sided quote) less the valuation yield, all in per cent, in basis
    /// points to 0.01 bp; null without a valuation or a side.
    public static double? MidSpreadBp(decimal? bidPct, decimal? askPct, double? valuationPct)
    {
        decimal? mid = (bidPct, askPct) switch
        {
            ({ } b, { } a) => (b + a) / 2,
            ({ } b, null) => b,
            (null, { } a) => a,
            _ => null,
        };
        return mid is { } m && valuationPct is { } v ? Math.Round(((double)m - v) * 100, 2) : null;
    }
}
