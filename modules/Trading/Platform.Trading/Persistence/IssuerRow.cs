namespace Platform.Trading.Persistence;

/// A row of trading_issuers.
internal sealed class IssuerRow
{
    public string IssuerId { get; init; } = "";
    public string Name { get; init; } = "";
    public string ShortName { get; init; } = "";
    public string? CreditCode { get; init; }
    public string IssuerKind { get; init; } = "";
    public string Sector { get; init; } = "";
    public string? Rating { get; init; }
    public string? RatingAgency { get; init; }
}
