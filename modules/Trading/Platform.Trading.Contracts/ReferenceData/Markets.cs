namespace Platform.Trading.Contracts.ReferenceData;

/// The markets a bond code belongs to: the inter-bank market (CFETS) and the two exchanges.
public static class Markets
{
    public const string Cfets = "CFETS";
    public const string Sse = "SSE";
    public const string Szse = "SZSE";

    public static IReadOnlyList<string> All { get; } = [Cfets, Sse, Szse];
}
