using System.Globalization;
using Platform.Analytics.Curves.Parametric;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Domain.ReferenceData;

namespace Platform.Trading.Demo;

/// DEMO DATA: 220 bonds of every inter-bank type, issued over the three years before <c>asOf</c>, with codes in the
/// style of each market (CFETS, SSE, SZSE), coupons near the demo government curve plus a spread for the type and
/// rating, and calls or puts on some credit bonds. Deterministic for a given <c>asOf</c>; not real securities.
internal static class DemoBonds
{
    public static IReadOnlyList<BondView> Build(DateOnly asOf)
    {
        var random = new Random(20_261_127);
        var bonds = new List<BondView>();
        var curve = DemoGovernmentCurve.Fit(asOf).Curve;
        string[] banks = ["ICBC", "ABC", "BOC", "CCB", "BOCOM", "CMB", "CIB", "SPDB", "CITICB", "CMBC", "CEB", "PAB", "NBCB", "NJCB", "BOB", "BOSH"];
        string[] provinces = ["GD-GOV", "JS-GOV", "ZJ-GOV", "SD-GOV", "SC-GOV", "HEN-GOV", "HUB-GOV", "BJ-GOV", "SH-GOV", "FJ-GOV"];
        string[] centralSoe = ["SGCC", "CNPC", "SINOPEC", "CHNRAIL", "HUANENG", "CSCEC", "CREC", "CTG"];
        string[] localSoe = ["SHCT", "GZMTR", "SZMC", "JSCT", "ZJCI", "SDHS", "CDXC", "XXCT", "ZYCT"];
        string[] privateFirms = ["MIDEA", "SFH", "HLXC", "DFHY"];
        string[] trusts = ["CCBT", "CITICT", "HNT"];
        var issuerShort = DemoIssuers.All.ToDictionary(i => i.IssuerId, i => i.ShortName);
        var issuerRating = DemoIssuers.All.ToDictionary(i => i.IssuerId, i => i.Rating);

        // 国债: 30, tenors 1Y–50Y, on CFETS, SSE and SZSE
        int[] treasuryTenors = [1, 2, 3, 5, 7, 10, 15, 20, 30, 50];
        for (var i = 0; i < 30; i++)
        {
            var tenor = treasuryTenors[i % treasuryTenors.Length];
            var issue = IssueDate(asOf, random, maxDaysAgo: Math.Min(1000, tenor * 365 - 30));
            var yy = Yy(issue);
            var seq = i + 1;
            bonds.Add(Fixed($"{yy}00{seq:D2}", $"{yy}附息国债{seq:D2}", $"{issue.Year}年记账式附息（{seq:D2}期）国债", BondTypes.Treasury, "MOF",
                Coupon(curve, tenor, 0, random), tenor >= 10 ? 2 : 1, issue, issue.AddYears(tenor), 1000m, 10m, null, null, null,
                [new(Markets.Cfets, $"{yy}00{seq:D2}"), new(Markets.Sse, $"019{500 + i:D3}"), new(Markets.Szse, $"10{yy}{seq:D2}")]));
        }
        // 地方政府债: 30, CFETS and SSE
        int[] localTenors = [3, 5, 7, 10, 15, 20, 30];
        for (var i = 0; i < 30; i++)
        {
            var tenor = localTenors[i % localTenors.Length];
            var issuer = provinces[i % provinces.Length];
            var issue = IssueDate(asOf, random, maxDaysAgo: 900);
            var yy = Yy(issue);
            bonds.Add(Fixed($"{yy}05{i + 1:D3}", $"{yy}{issuerShort[issuer].TrimEnd('省', '市')}债{i + 1:D2}", $"{issue.Year}年{issuerShort[issuer]}政府一般债券（{i + 1}期）",
                BondTypes.LocalGovernment, issuer, Coupon(curve, tenor, 0.0018, random), tenor >= 10 ? 2 : 1, issue, issue.AddYears(tenor), 300m, 10m, null, null, "AAA",
                [new(Markets.Cfets, $"{yy}05{i + 1:D3}"), new(Markets.Sse, $"1{yy}{500 + i:D3}")]));
        }
        // 政策性金融债: 30 from CDB (02), EXIM (03), ADBC (04)
        int[] policyTenors = [1, 2, 3, 5, 7, 10];
        for (var i = 0; i < 30; i++)
        {
            var tenor = policyTenors[i % policyTenors.Length];
            var (issuer, series, label) = (i % 3) switch { 0 => ("CDB", "02", "国开"), 1 => ("EXIM", "03", "进出"), _ => ("ADBC", "04", "农发") };
            var issue = IssueDate(asOf, random, maxDaysAgo: Math.Min(900, tenor * 365 - 30));
            var yy = Yy(issue);
            var seq = i / 3 + 1;
            bonds.Add(Fixed($"{yy}{series}{seq:D2}", $"{yy}{label}{seq:D2}", $"{issuerShort[issuer]}{issue.Year}年第{seq}期金融债券", BondTypes.PolicyBank, issuer,
                Coupon(curve, tenor, 0.0012, random), 1, issue, issue.AddYears(tenor), 400m, 10m, "AAA", "中诚信国际", "AAA+",
                [new(Markets.Cfets, $"{yy}{series}{seq:D2}")]));
        }
        // 同业存单: 30, discount, 1M–1Y
        int[] ncdMonths = [1, 3, 6, 9, 12];
        for (var i = 0; i < 30; i++)
        {
            var months = ncdMonths[i % ncdMonths.Length];
            var issuer = banks[i % banks.Length];
            var issue = asOf.AddDays(-random.Next(1, Math.Max(2, months * 30 - 5)));
            var yy = Yy(issue);
            var code = $"11{yy}{i + 1:D5}";
            bonds.Add(new BondView(code, $"{yy}{issuerShort[issuer]}CD{i + 1:D3}", $"{issuerShort[issuer]}{issue.Year}年第{i + 1:D3}期同业存单", BondTypes.Ncd, issuer, "",
                CouponTypes.Zero, null, 0, "ACT/365F", issue, issue.AddMonths(months), 50m, 10m, "AAA", "中诚信国际", i % 4 == 0 ? "AA+" : "AAA", null, null, null,
                Isin(code), [new(Markets.Cfets, code)]));
        }
        // 中期票据: 25, 3Y and 5Y (3+2 with a put on some), AAA to AA
        for (var i = 0; i < 25; i++)
        {
            var issuer = i < 12 ? centralSoe[i % centralSoe.Length] : i < 21 ? localSoe[(i - 12) % localSoe.Length] : privateFirms[(i - 21) % privateFirms.Length];
            var tenor = i % 3 == 0 ? 5 : 3;
            var rating = issuerRating[issuer] ?? "AA";
            var issue = IssueDate(asOf, random, maxDaysAgo: tenor * 365 - 60);
            var yy = Yy(issue);
            var code = $"102{yy}{i + 1:D4}";
            var withPut = tenor == 5 && i % 2 == 0;
            bonds.Add(Fixed(code, $"{yy}{issuerShort[issuer]}MTN{i + 1:D3}", $"{issuerShort[issuer]}{issue.Year}年度第{i + 1}期中期票据", BondTypes.Mtn, issuer,
                Coupon(curve, tenor, Spread(rating), random), 1, issue, issue.AddYears(tenor), 20m, 10m, rating, "中诚信国际", Implied(rating, i),
                [new(Markets.Cfets, code)], withPut ? ("Put", issue.AddYears(3)) : null));
        }
        // 短期融资券: 10, one year, coupon paid with the principal
        for (var i = 0; i < 10; i++)
        {
            var issuer = i < 6 ? centralSoe[i % centralSoe.Length] : localSoe[i % localSoe.Length];
            var rating = issuerRating[issuer] ?? "AA";
            var issue = asOf.AddDays(-random.Next(10, 350));
            var yy = Yy(issue);
            var code = $"041{yy}{i + 1:D4}";
            bonds.Add(Fixed(code, $"{yy}{issuerShort[issuer]}CP{i + 1:D3}", $"{issuerShort[issuer]}{issue.Year}年度第{i + 1}期短期融资券", BondTypes.CommercialPaper, issuer,
                Coupon(curve, 1, Spread(rating) * 0.6, random), 1, issue, issue.AddYears(1), 10m, 10m, "A-1", "联合资信", Implied(rating, i), [new(Markets.Cfets, code)]));
        }
        // 超短期融资券: 20, 30–270 days, one coupon with the principal
        int[] scpDays = [30, 60, 90, 180, 270];
        for (var i = 0; i < 20; i++)
        {
            var issuer = i % 2 == 0 ? centralSoe[i / 2 % centralSoe.Length] : localSoe[i / 2 % localSoe.Length];
            var rating = issuerRating[issuer] ?? "AA";
            var days = scpDays[i % scpDays.Length];
            var issue = asOf.AddDays(-random.Next(1, days - 3));
            var yy = Yy(issue);
            var code = $"012{yy}{i + 1:D4}";
            bonds.Add(Fixed(code, $"{yy}{issuerShort[issuer]}SCP{i + 1:D3}", $"{issuerShort[issuer]}{issue.Year}年度第{i + 1}期超短期融资券", BondTypes.SuperShortCommercialPaper,
                issuer, Coupon(curve, days / 365.0, Spread(rating) * 0.5, random), 1, issue, issue.AddDays(days), 10m, 10m, "A-1", "联合资信", Implied(rating, i),
                [new(Markets.Cfets, code)]));
        }
        // 企业债: 15, on CFETS and SSE, 5–10 years
        int[] enterpriseTenors = [5, 7, 10];
        for (var i = 0; i < 15; i++)
        {
            var issuer = localSoe[i % localSoe.Length];
            var rating = issuerRating[issuer] ?? "AA";
            var tenor = enterpriseTenors[i % enterpriseTenors.Length];
            var issue = IssueDate(asOf, random, maxDaysAgo: 1000);
            var yy = Yy(issue);
            bonds.Add(Fixed($"{yy}80{i + 1:D3}", $"{yy}{issuerShort[issuer]}债{i + 1:D2}", $"{issue.Year}年{issuerShort[issuer]}公司债券（企业债）", BondTypes.Enterprise, issuer,
                Coupon(curve, tenor, Spread(rating) + 0.002, random), 1, issue, issue.AddYears(tenor), 15m, 10m, rating, "东方金诚", Implied(rating, i),
                [new(Markets.Cfets, $"{yy}80{i + 1:D3}"), new(Markets.Sse, $"18{4000 + i:D4}")]));
        }
        // 公司债: 10, exchange-listed (SSE or SZSE), 3–5 years, some callable
        for (var i = 0; i < 10; i++)
        {
            var issuer = i < 5 ? centralSoe[(i + 3) % centralSoe.Length] : privateFirms[i % privateFirms.Length];
            var rating = issuerRating[issuer] ?? "AA";
            var tenor = i % 2 == 0 ? 5 : 3;
            var issue = IssueDate(asOf, random, maxDaysAgo: tenor * 365 - 60);
            var yy = Yy(issue);
            var code = i % 2 == 0 ? $"24{yy}{i + 10:D2}" : $"148{yy}{i:D1}";
            var market = i % 2 == 0 ? Markets.Sse : Markets.Szse;
            bonds.Add(Fixed(code + (market == Markets.Sse ? ".SH" : ".SZ"), $"{yy}{issuerShort[issuer]}{i + 1:D2}", $"{issuerShort[issuer]}{issue.Year}年面向专业投资者公开发行公司债券（第{i + 1}期）",
                BondTypes.Corporate, issuer, Coupon(curve, tenor, Spread(rating) + 0.001, random), 1, issue, issue.AddYears(tenor), 10m, 10m, rating, "中诚信国际",
                Implied(rating, i), [new(market, code)], tenor == 5 && i % 4 == 0 ? ("Call", issue.AddYears(3)) : null));
        }
        // 定向工具 PPN: 10, 3 years
        for (var i = 0; i < 10; i++)
        {
            var issuer = localSoe[(i + 4) % localSoe.Length];
            var rating = issuerRating[issuer] ?? "AA";
            var issue = IssueDate(asOf, random, maxDaysAgo: 1000);
            var yy = Yy(issue);
            var code = $"032{yy}{i + 1:D4}";
            bonds.Add(Fixed(code, $"{yy}{issuerShort[issuer]}PPN{i + 1:D3}", $"{issuerShort[issuer]}{issue.Year}年度第{i + 1}期定向债务融资工具", BondTypes.Ppn, issuer,
                Coupon(curve, 3, Spread(rating) + 0.0025, random), 1, issue, issue.AddYears(3), 10m, 10m, rating, "联合资信", Implied(rating, i), [new(Markets.Cfets, code)]));
        }
        // 资产支持证券: 10 senior tranches, 2–3 years
        for (var i = 0; i < 10; i++)
        {
            var issuer = trusts[i % trusts.Length];
            var tenor = i % 2 == 0 ? 3 : 2;
            var issue = IssueDate(asOf, random, maxDaysAgo: tenor * 365 - 60);
            var yy = Yy(issue);
            var code = $"{yy}89{i + 1:D3}";
            bonds.Add(Fixed(code, $"{yy}{issuerShort[issuer][..2]}{(i % 2 == 0 ? "鑫诚" : "安居")}{i + 1}A", $"{issuerShort[issuer]}{issue.Year}年第{i + 1}期资产支持证券优先A档",
                BondTypes.Abs, issuer, Coupon(curve, tenor, 0.0045, random), 4, issue, issue.AddYears(tenor), 8m, 10m, "AAA", "中债资信", "AA+", [new(Markets.Cfets, code)]));
        }
        return bonds;
    }

    private static BondView Fixed(string id, string shortName, string fullName, string type, string issuer, decimal coupon, int frequency, DateOnly issue,
        DateOnly maturity, decimal sizeYi, decimal minFaceWan, string? rating, string? agency, string? implied, IReadOnlyList<MarketCode> codes,
        (string Kind, DateOnly Date)? option = null) =>
        new(id, shortName, fullName, type, issuer, "", CouponTypes.Fixed, coupon, frequency, "ACT/ACT-ICMA", issue, maturity, sizeYi, minFaceWan, rating, agency,
            implied, option?.Kind, option?.Date, option is null ? null : 100m, Isin(id), codes);

    /// An issue date up to <paramref name="maxDaysAgo"/> days before <paramref name="asOf"/>, on a weekday; three in four
    /// more than a year before, so that most bonds have a full year of valuations.
    private static DateOnly IssueDate(DateOnly asOf, Random random, int maxDaysAgo)
    {
        var min = random.Next(4) == 0 ? 20 : Math.Min(380, maxDaysAgo - 1);
        var date = asOf.AddDays(-random.Next(min, Math.Max(min + 1, maxDaysAgo)));
        while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) date = date.AddDays(-1);
        return date;
    }

    private static string Yy(DateOnly date) => (date.Year % 100).ToString("D2", CultureInfo.InvariantCulture);

    /// A coupon rounded to 0.01 %: the curve at the tenor plus the spread plus a little noise.
    private static decimal Coupon(NelsonSiegelSvenssonCurve curve, double years, double spread, Random random) =>
        Math.Round((decimal)(curve.YieldAt(Math.Max(years, 0.1)) + spread + (random.NextDouble() - 0.5) * 0.003), 4);

    public static double Spread(string rating) => rating switch
    {
        "AAA+" or "AAA" => 0.0045,
        "AAA-" or "AA+" => 0.0085,
        "AA" => 0.016,
        _ => 0.025,
    };

    private static string Implied(string rating, int i) => i % 5 == 0 && rating == "AAA" ? "AAA-" : i % 7 == 0 && rating == "AA+" ? "AA" : rating;

    private static string? Isin(string id)
    {
        var digits = new string(id.Where(char.IsAsciiDigit).ToArray());
        return digits.Length is < 6 or > 9 ? null : IsinRules.Complete("CN" + digits.PadLeft(9, '0'));
    }
}
