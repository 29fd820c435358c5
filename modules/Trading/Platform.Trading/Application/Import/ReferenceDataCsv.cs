using Platform.Trading.Contracts.ReferenceData;

namespace Platform.Trading.Application.Import;

/// The CSV layouts of reference data (documented in the module README) and the mapping of one row to its DTO.
/// Percentages are written as in the market (2.35 for 2.35 %); lists inside a cell are separated by ';'.
public static class ReferenceDataCsv
{
    public static readonly IReadOnlyList<string> IssuerColumns = ["issuerId", "name", "shortName", "creditCode", "issuerKind", "sector", "rating", "ratingAgency"];

    public static readonly IReadOnlyList<string> BondColumns =
    [
        "bondId", "shortName", "fullName", "bondType", "issuerId", "couponType", "couponRatePct", "frequency", "dayCount", "issueDate", "maturityDate",
        "issueSizeYi", "minFaceWan", "externalRating", "ratingAgency", "impliedRating", "optionKind", "optionDate", "optionPrice", "isin", "codes",
    ];

    public static readonly IReadOnlyList<string> CounterpartyColumns =
        ["counterpartyId", "name", "shortName", "cfetsMemberCode", "kind", "whitelistStatus", "creditLineWan", "relatedParty", "traders"];

    public static IReadOnlyList<string> ColumnsOf(string kind) => kind switch
    {
        ImportKinds.Issuers => IssuerColumns,
        ImportKinds.Bonds => BondColumns,
        ImportKinds.Counterparties => CounterpartyColumns,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown import kind"),
    };

    public static IssuerView ReadIssuer(RowReader r) => new(
        r.Required("issuerId"), r.Required("name"), r.Required("shortName"), r.Optional("creditCode"), r.Required("issuerKind"), r.Required("sector"),
        r.Optional("rating"), r.Optional("ratingAgency"));

    public static BondView ReadBond(RowReader r)
    {
        var couponPct = r.OptionalDecimal("couponRatePct");
        return new BondView(
            r.Required("bondId"), r.Required("shortName"), r.Optional("fullName") ?? "", r.Required("bondType"), r.Required("issuerId"), "",
            r.Required("couponType"), couponPct / 100m, r.Int("frequency"), r.Optional("dayCount") ?? "ACT/ACT-ICMA", r.Date("issueDate"), r.Date("maturityDate"),
            r.Decimal("issueSizeYi"), r.Decimal("minFaceWan"), r.Optional("externalRating"), r.Optional("ratingAgency"), r.Optional("impliedRating"),
            r.Optional("optionKind"), r.OptionalDate("optionDate"), r.OptionalDecimal("optionPrice"), r.Optional("isin"), Codes(r));
    }

    public static CounterpartyView ReadCounterparty(RowReader r) => new(
        r.Required("counterpartyId"), r.Required("name"), r.Required("shortName"), r.Required("cfetsMemberCode"), r.Required("kind"),
        r.Required("whitelistStatus"), r.Decimal("creditLineWan"), r.Bool("relatedParty"), Traders(r));

    /// <c>CFETS:250205;SSE:019750</c>
    private static IReadOnlyList<MarketCode> Codes(RowReader r)
    {
        var codes = new List<MarketCode>();
        foreach (var part in (r.Optional("codes") ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.IndexOf(':');
            if (colon <= 0 || colon == part.Length - 1)
                r.Error("codes", new($"代码 '{part}' 须写作 市场:代码，如 CFETS:250205", $"code '{part}' must be market:code, e.g. CFETS:250205"));
            else codes.Add(new MarketCode(part[..colon].Trim().ToUpperInvariant(), part[(colon + 1)..].Trim()));
        }
        return codes;
    }

    /// <c>张三:zhangsan01;李四:lisi02</c>
    private static IReadOnlyList<CounterpartyTraderView> Traders(RowReader r)
    {
        var traders = new List<CounterpartyTraderView>();
        foreach (var part in (r.Optional("traders") ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.IndexOf(':');
            if (colon <= 0 || colon == part.Length - 1)
                r.Error("traders", new($"交易员 '{part}' 须写作 姓名:CFETS交易员号", $"trader '{part}' must be name:cfetsTraderId"));
            else traders.Add(new CounterpartyTraderView(part[..colon].Trim(), part[(colon + 1)..].Trim()));
        }
        return traders;
    }

    public static string Percent(decimal? fraction) => fraction is { } f ? (f * 100m).ToString("0.######", System.Globalization.CultureInfo.InvariantCulture) : "";
}
