namespace Platform.Trading.Api;

/// The body of <c>PUT /quotes/{bondId}</c>: a <see cref="Contracts.Quotes.QuoteEntry"/> whose bond id the route gives,
/// so the body may leave it out (or repeat it). Every member is optional here; the rules say which are needed.
internal sealed record QuoteBody(
    string? BondId = null,
    decimal? BidYieldPct = null,
    decimal? AskYieldPct = null,
    decimal? BidFaceWan = null,
    decimal? AskFaceWan = null,
    string? Remarks = null);
