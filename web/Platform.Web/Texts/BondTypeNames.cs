using Platform.SharedKernel;
using Platform.Trading.Contracts.ReferenceData;

namespace Platform.Web.Texts;

/// The inter-bank bond types as the market names them.
public static class BondTypeNames
{
    public static LocalizedText Of(string bondType) => bondType switch
    {
        BondTypes.Treasury => new("国债", "Treasury"),
        BondTypes.LocalGovernment => new("地方政府债", "Local government"),
        BondTypes.PolicyBank => new("政策性金融债", "Policy bank"),
        BondTypes.Ncd => new("同业存单", "NCD"),
        BondTypes.Mtn => new("中期票据", "MTN"),
        BondTypes.CommercialPaper => new("短期融资券", "CP"),
        BondTypes.SuperShortCommercialPaper => new("超短期融资券", "SCP"),
        BondTypes.Enterprise => new("企业债", "Enterprise"),
        BondTypes.Corporate => new("公司债", "Corporate"),
        BondTypes.Ppn => new("定向工具", "PPN"),
        BondTypes.Abs => new("资产支持证券", "ABS"),
        // A type stored before the portal knows it still shows, by its code.
        _ => new(bondType, bondType),
    };
}
