using System.Globalization;
using Platform.Trading.Contracts.ReferenceData;

namespace Platform.Trading.Demo;

/// DEMO DATA: 50 inter-bank counterparties (banks, securities firms, funds, insurers, trusts) with made-up CFETS member
/// codes and dealers; most are on the whitelist, a few under watch or suspended, two are related parties of the firm.
internal static class DemoCounterparties
{
    private static readonly (string Id, string Name, string Short, string Kind)[] Rows =
    [
        ("ICBC", "中国工商银行股份有限公司", "工商银行", "Bank"), ("ABC", "中国农业银行股份有限公司", "农业银行", "Bank"),
        ("BOC", "中国银行股份有限公司", "中国银行", "Bank"), ("CCB", "中国建设银行股份有限公司", "建设银行", "Bank"),
        ("BOCOM", "交通银行股份有限公司", "交通银行", "Bank"), ("PSBC", "中国邮政储蓄银行股份有限公司", "邮储银行", "Bank"),
        ("CMB", "招商银行股份有限公司", "招商银行", "Bank"), ("CIB", "兴业银行股份有限公司", "兴业银行", "Bank"),
        ("SPDB", "上海浦东发展银行股份有限公司", "浦发银行", "Bank"), ("CITICB", "中信银行股份有限公司", "中信银行", "Bank"),
        ("CMBC", "中国民生银行股份有限公司", "民生银行", "Bank"), ("CEB", "中国光大银行股份有限公司", "光大银行", "Bank"),
        ("HXB", "华夏银行股份有限公司", "华夏银行", "Bank"), ("PAB", "平安银行股份有限公司", "平安银行", "Bank"),
        ("GDB", "广发银行股份有限公司", "广发银行", "Bank"), ("NBCB", "宁波银行股份有限公司", "宁波银行", "Bank"),
        ("NJCB", "南京银行股份有限公司", "南京银行", "Bank"), ("BOB", "北京银行股份有限公司", "北京银行", "Bank"),
        ("BOSH", "上海银行股份有限公司", "上海银行", "Bank"), ("JSB", "江苏银行股份有限公司", "江苏银行", "Bank"),
        ("HZB", "杭州银行股份有限公司", "杭州银行", "Bank"), ("CQRCB", "重庆农村商业银行股份有限公司", "重庆农商行", "Bank"),
        ("SHRCB", "上海农村商业银行股份有限公司", "上海农商行", "Bank"), ("GZRCB", "广州农村商业银行股份有限公司", "广州农商行", "Bank"),
        ("CITICS", "中信证券股份有限公司", "中信证券", "Securities"), ("CICC", "中国国际金融股份有限公司", "中金公司", "Securities"),
        ("HTSC", "华泰证券股份有限公司", "华泰证券", "Securities"), ("GTJA", "国泰君安证券股份有限公司", "国泰君安", "Securities"),
        ("CMS", "招商证券股份有限公司", "招商证券", "Securities"), ("CSC", "中信建投证券股份有限公司", "中信建投", "Securities"),
        ("GFS", "广发证券股份有限公司", "广发证券", "Securities"), ("SWHY", "申万宏源证券有限公司", "申万宏源", "Securities"),
        ("EFUND", "易方达基金管理有限公司", "易方达基金", "Fund"), ("CAMC", "华夏基金管理有限公司", "华夏基金", "Fund"),
        ("BOSERA", "博时基金管理有限公司", "博时基金", "Fund"), ("GFFUND", "广发基金管理有限公司", "广发基金", "Fund"),
        ("HFT", "海富通基金管理有限公司", "海富通基金", "Fund"), ("PENGHUA", "鹏华基金管理有限公司", "鹏华基金", "Fund"),
        ("CHINALIFE", "中国人寿保险股份有限公司", "中国人寿", "Insurance"), ("PINGAN", "中国平安人寿保险股份有限公司", "平安人寿", "Insurance"),
        ("CPIC", "中国太平洋人寿保险股份有限公司", "太保寿险", "Insurance"), ("TAIKANG", "泰康人寿保险有限责任公司", "泰康人寿", "Insurance"),
        ("NCI", "新华人寿保险股份有限公司", "新华保险", "Insurance"), ("CITICTR", "中信信托有限责任公司", "中信信托", "TrustCompany"),
        ("PATR", "平安信托有限责任公司", "平安信托", "TrustCompany"), ("SGFC", "国网英大财务有限公司", "英大财务", "FinanceCompany"),
        ("SPFC", "中石化财务有限责任公司", "中石化财务", "FinanceCompany"), ("DEMOFUND", "示范基金管理有限公司", "示范基金", "Fund"),
        ("DEMOBANK", "示范农村商业银行股份有限公司", "示范农商行", "Bank"), ("XYZRCB", "西域农村商业银行股份有限公司", "西域农商行", "Bank"),
    ];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "霞", "平", "刚", "婷", "健"];

    public static IReadOnlyList<CounterpartyView> All { get; } = Rows.Select((r, i) => new CounterpartyView(
        r.Id, r.Name, r.Short, (100_001 + i * 7).ToString(CultureInfo.InvariantCulture), r.Kind, Whitelist(r.Id), CreditLine(r.Kind, i),
        r.Id is "DEMOFUND" or "DEMOBANK",
        [
            new CounterpartyTraderView(Surnames[i % Surnames.Length] + GivenNames[(i * 3) % GivenNames.Length], $"{r.Id.ToLowerInvariant()}01"),
            new CounterpartyTraderView(Surnames[(i + 7) % Surnames.Length] + GivenNames[(i * 3 + 5) % GivenNames.Length], $"{r.Id.ToLowerInvariant()}02"),
        ])).ToList();

    private static string Whitelist(string id) => id switch
    {
        "XYZRCB" or "PATR" => WhitelistStatuses.Suspended,
        "CQRCB" or "GZRCB" or "SGFC" => WhitelistStatuses.Watch,
        _ => WhitelistStatuses.Approved,
    };

    /// 万元 of face outstanding allowed with the counterparty.
    private static decimal CreditLine(string kind, int i) => kind switch
    {
        "Bank" when i < 6 => 2_000_000m,
        "Bank" => 500_000m + i * 10_000m,
        "Securities" => 300_000m,
        "Fund" or "Insurance" => 200_000m,
        _ => 50_000m,
    };
}
