using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The central counterparties a derivative can be cleared at.
public static class ClearingHouseNames
{
    public static LocalizedText Of(string clearingHouse) => clearingHouse switch
    {
        "SHCH" => new("上海清算所 SHCH", "Shanghai Clearing House (SHCH)"),
        _ => new(clearingHouse, clearingHouse),
    };
}
