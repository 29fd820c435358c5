using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Domain.ReferenceData;

namespace Platform.Trading.Demo;

/// DEMO DATA: issuers of every kind the demo bonds need, with made-up unified social credit codes (valid check
/// characters, not the real ones) and plausible issuer ratings.
internal static class DemoIssuers
{
    private static readonly (string Id, string Name, string Short, string Kind, string Sector, string? Rating)[] Rows =
    [
        ("MOF", "中华人民共和国财政部", "财政部", "Sovereign", "政府", null),
        ("GD-GOV", "广东省人民政府", "广东省", "LocalGovernment", "地方政府", null),
        ("JS-GOV", "江苏省人民政府", "江苏省", "LocalGovernment", "地方政府", null),
        ("ZJ-GOV", "浙江省人民政府", "浙江省", "LocalGovernment", "地方政府", null),
        ("SD-GOV", "山东省人民政府", "山东省", "LocalGovernment", "地方政府", null),
        ("SC-GOV", "四川省人民政府", "四川省", "LocalGovernment", "地方政府", null),
        ("HEN-GOV", "河南省人民政府", "河南省", "LocalGovernment", "地方政府", null),
        ("HUB-GOV", "湖北省人民政府", "湖北省", "LocalGovernment", "地方政府", null),
        ("BJ-GOV", "北京市人民政府", "北京市", "LocalGovernment", "地方政府", null),
        ("SH-GOV", "上海市人民政府", "上海市", "LocalGovernment", "地方政府", null),
        ("FJ-GOV", "福建省人民政府", "福建省", "LocalGovernment", "地方政府", null),
        ("CDB", "国家开发银行", "国开行", "PolicyBank", "政策性银行", "AAA"),
        ("EXIM", "中国进出口银行", "进出口行", "PolicyBank", "政策性银行", "AAA"),
        ("ADBC", "中国农业发展银行", "农发行", "PolicyBank", "政策性银行", "AAA"),
        ("ICBC", "中国工商银行股份有限公司", "工商银行", "Bank", "银行", "AAA"),
        ("ABC", "中国农业银行股份有限公司", "农业银行", "Bank", "银行", "AAA"),
        ("BOC", "中国银行股份有限公司", "中国银行", "Bank", "银行", "AAA"),
        ("CCB", "中国建设银行股份有限公司", "建设银行", "Bank", "银行", "AAA"),
        ("BOCOM", "交通银行股份有限公司", "交通银行", "Bank", "银行", "AAA"),
        ("CMB", "招商银行股份有限公司", "招商银行", "Bank", "银行", "AAA"),
        ("CIB", "兴业银行股份有限公司", "兴业银行", "Bank", "银行", "AAA"),
        ("SPDB", "上海浦东发展银行股份有限公司", "浦发银行", "Bank", "银行", "AAA"),
        ("CITICB", "中信银行股份有限公司", "中信银行", "Bank", "银行", "AAA"),
        ("CMBC", "中国民生银行股份有限公司", "民生银行", "Bank", "银行", "AAA"),
        ("CEB", "中国光大银行股份有限公司", "光大银行", "Bank", "银行", "AAA"),
        ("PAB", "平安银行股份有限公司", "平安银行", "Bank", "银行", "AAA"),
        ("NBCB", "宁波银行股份有限公司", "宁波银行", "Bank", "银行", "AAA"),
        ("NJCB", "南京银行股份有限公司", "南京银行", "Bank", "银行", "AAA"),
        ("BOB", "北京银行股份有限公司", "北京银行", "Bank", "银行", "AAA"),
        ("BOSH", "上海银行股份有限公司", "上海银行", "Bank", "银行", "AAA"),
        ("SGCC", "国家电网有限公司", "国家电网", "CentralSoe", "公用事业", "AAA"),
        ("CNPC", "中国石油天然气集团有限公司", "中石油集团", "CentralSoe", "石油石化", "AAA"),
        ("SINOPEC", "中国石油化工集团有限公司", "中石化集团", "CentralSoe", "石油石化", "AAA"),
        ("CHNRAIL", "中国国家铁路集团有限公司", "国铁集团", "CentralSoe", "交通运输", "AAA"),
        ("HUANENG", "中国华能集团有限公司", "华能集团", "CentralSoe", "公用事业", "AAA"),
        ("CSCEC", "中国建筑股份有限公司", "中国建筑", "CentralSoe", "建筑装饰", "AAA"),
        ("CREC", "中国中铁股份有限公司", "中国中铁", "CentralSoe", "建筑装饰", "AAA"),
        ("CTG", "中国长江三峡集团有限公司", "三峡集团", "CentralSoe", "公用事业", "AAA"),
        ("SHCT", "上海城投（集团）有限公司", "上海城投", "LocalSoe", "城投", "AAA"),
        ("GZMTR", "广州地铁集团有限公司", "广州地铁", "LocalSoe", "城投", "AAA"),
        ("SZMC", "深圳市地铁集团有限公司", "深圳地铁", "LocalSoe", "城投", "AAA"),
        ("JSCT", "江苏交通控股有限公司", "江苏交控", "LocalSoe", "交通运输", "AAA"),
        ("ZJCI", "浙江省交通投资集团有限公司", "浙江交投", "LocalSoe", "交通运输", "AAA"),
        ("SDHS", "山东高速集团有限公司", "山东高速", "LocalSoe", "交通运输", "AAA"),
        ("CDXC", "成都兴城投资集团有限公司", "成都兴城", "LocalSoe", "城投", "AA+"),
        ("XXCT", "襄阳市城市建设投资集团有限公司", "襄阳城投", "LocalSoe", "城投", "AA"),
        ("ZYCT", "遵义市城市建设投资有限公司", "遵义城投", "LocalSoe", "城投", "AA"),
        ("MIDEA", "美的集团股份有限公司", "美的集团", "Private", "家用电器", "AAA"),
        ("SFH", "顺丰控股股份有限公司", "顺丰控股", "Private", "交通运输", "AAA"),
        ("HLXC", "合隆新材料股份有限公司", "合隆新材", "Private", "基础化工", "AA+"),
        ("DFHY", "东方恒远实业集团有限公司", "东方恒远", "Private", "综合", "AA"),
        ("CCBT", "建信信托有限责任公司", "建信信托", "Spv", "资产证券化", null),
        ("CITICT", "中信信托有限责任公司", "中信信托", "Spv", "资产证券化", null),
        ("HNT", "华能贵诚信托有限公司", "华能信托", "Spv", "资产证券化", null),
    ];

    public static IReadOnlyList<IssuerView> All { get; } = Rows.Select((r, i) => new IssuerView(
        r.Id, r.Name, r.Short, CreditCode(i, r.Kind), r.Kind, r.Sector, r.Rating, r.Rating is null ? null : Agency(i))).ToList();

    private static string Agency(int i) => (i % 3) switch { 0 => "中诚信国际", 1 => "联合资信", _ => "东方金诚" };

    /// A made-up code with a valid check character: registration authority and kind (11 government, 91 company), an
    /// administrative area, and a body from the row number.
    private static string CreditCode(int i, string kind)
    {
        var prefix = kind is "Sovereign" or "LocalGovernment" ? "11" : "91";
        var body = $"{prefix}110000{i + 100000:D6}{(char)('A' + i % 8)}{i % 10}M";   // 17 characters
        return body + CreditCodeRules.CheckCharacter(body);
    }
}
