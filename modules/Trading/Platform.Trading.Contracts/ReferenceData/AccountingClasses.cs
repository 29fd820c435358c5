namespace Platform.Trading.Contracts.ReferenceData;

/// IFRS 9 classifications of a book, which decide how its P&L is reported: amortised cost (AC), fair value through
/// other comprehensive income (FVOCI) or through profit and loss (FVTPL).
public static class AccountingClasses
{
    public const string Ac = "AC";
    public const string Fvoci = "FVOCI";
    public const string Fvtpl = "FVTPL";

    public static IReadOnlyList<string> All { get; } = [Ac, Fvoci, Fvtpl];
}
