using Platform.Trading.Contracts.ReferenceData;

namespace Platform.Trading.Demo;

/// DEMO DATA: the firm's fixed-income department with a rates desk and a credit desk, and six books across the three
/// accounting classifications; trader1 may trade in every book, up to a face per ticket that suits the book.
internal static class DemoBooks
{
    public const string Trader = "trader1";

    public static IReadOnlyList<BookNodeView> All { get; } =
    [
        new("FIRM", null, BookLevels.Firm, "示范证券股份有限公司", null, false, []),
        new("FICC", "FIRM", BookLevels.Department, "固定收益部", null, false, []),
        new("RATES", "FICC", BookLevels.Desk, "利率交易台", null, false, []),
        new("CREDIT", "FICC", BookLevels.Desk, "信用交易台", null, false, []),
        new("RATES-TRD", "RATES", BookLevels.Book, "利率交易账簿", AccountingClasses.Fvtpl, true, [new(Trader, 100_000m)]),
        new("RATES-INV", "RATES", BookLevels.Book, "利率投资账簿", AccountingClasses.Fvoci, false, [new(Trader, 100_000m)]),
        new("RATES-HTM", "RATES", BookLevels.Book, "利率持有至到期账簿", AccountingClasses.Ac, false, [new(Trader, 50_000m)]),
        new("NCD-MM", "RATES", BookLevels.Book, "存单做市账簿", AccountingClasses.Fvtpl, true, [new(Trader, 200_000m)]),
        new("CREDIT-TRD", "CREDIT", BookLevels.Book, "信用交易账簿", AccountingClasses.Fvtpl, false, [new(Trader, 30_000m)]),
        new("CREDIT-INV", "CREDIT", BookLevels.Book, "信用投资账簿", AccountingClasses.Fvoci, false, [new(Trader, 30_000m)]),
    ];
}
