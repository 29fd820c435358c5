namespace Platform.Trading.Contracts.ReferenceData;

/// A bond's code on one market (one security, many codes).
public sealed record MarketCode(string Market, string Code);
