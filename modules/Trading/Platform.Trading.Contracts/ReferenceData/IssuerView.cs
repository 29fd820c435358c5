namespace Platform.Trading.Contracts.ReferenceData;

/// An issuer with its unified social credit code (统一社会信用代码) and its external issuer rating (主体评级).
public sealed record IssuerView(
    string IssuerId, string Name, string ShortName, string? CreditCode, string IssuerKind, string Sector, string? Rating, string? RatingAgency);
