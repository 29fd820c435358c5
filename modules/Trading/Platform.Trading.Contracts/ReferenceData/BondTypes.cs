namespace Platform.Trading.Contracts.ReferenceData;

/// The inter-bank bond types the platform trades, as stored and sent over the API.
public static class BondTypes
{
    public const string Treasury = "Treasury";                   // 国债
    public const string LocalGovernment = "LocalGovernment";     // 地方政府债
    public const string PolicyBank = "PolicyBank";               // 政策性金融债
    public const string Ncd = "Ncd";                             // 同业存单
    public const string Mtn = "Mtn";                             // 中期票据
    public const string CommercialPaper = "CommercialPaper";     // 短期融资券
    public const string SuperShortCommercialPaper = "SuperShortCommercialPaper";   // 超短期融资券
    public const string Enterprise = "Enterprise";               // 企业债
    public const string Corporate = "Corporate";                 // 公司债
    public const string Ppn = "Ppn";                             // 定向工具 PPN
    public const string Abs = "Abs";                             // 资产支持证券

    public static IReadOnlyList<string> All { get; } =
        [Treasury, LocalGovernment, PolicyBank, Ncd, Mtn, CommercialPaper, SuperShortCommercialPaper, Enterprise, Corporate, Ppn, Abs];
}
