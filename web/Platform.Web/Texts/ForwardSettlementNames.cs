using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// How a standard bond forward contract settles at delivery.
public static class ForwardSettlementNames
{
    public static LocalizedText Of(string settlement) => settlement switch
    {
        "Cash" => new("现金交割", "Cash-settled"),
        "Physical" => new("实物交割", "Physically settled"),
        _ => new(settlement, settlement),
    };
}
