namespace Platform.Trading.Contracts.ReferenceData;

/// What a CSV import loads; bonds refer to issuers, so import issuers first.
public static class ImportKinds
{
    public const string Issuers = "issuers";
    public const string Bonds = "bonds";
    public const string Counterparties = "counterparties";

    public static IReadOnlyList<string> All { get; } = [Issuers, Bonds, Counterparties];
}
