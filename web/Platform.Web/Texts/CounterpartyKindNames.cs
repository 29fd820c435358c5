using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The kinds of inter-bank institutions a counterparty can be, as the trading module spells them.
public static class CounterpartyKindNames
{
    public static LocalizedText Of(string kind) => kind switch
    {
        "Bank" => new("银行", "Bank"),
        "Securities" => new("证券公司", "Securities firm"),
        "Fund" => new("基金公司", "Fund manager"),
        "Insurance" => new("保险公司", "Insurer"),
        "TrustCompany" => new("信托公司", "Trust company"),
        "FinanceCompany" => new("财务公司", "Finance company"),
        "Other" => new("其他", "Other"),
        _ => new(kind, kind),
    };
}
