using Platform.SharedKernel;
using Platform.Trading.Contracts.ReferenceData;

namespace Platform.Web.Texts;

/// A book's IFRS 9 classification in full, for the tooltip over its short code (AC, FVOCI, FVTPL), which people in
/// both languages use as it is.
public static class AccountingClassNames
{
    public static LocalizedText Full(string accountingClass) => accountingClass switch
    {
        AccountingClasses.Ac => new("摊余成本", "Amortised cost"),
        AccountingClasses.Fvoci => new("以公允价值计量且其变动计入其他综合收益", "Fair value through other comprehensive income"),
        AccountingClasses.Fvtpl => new("以公允价值计量且其变动计入当期损益", "Fair value through profit or loss"),
        _ => new(accountingClass, accountingClass),
    };
}
