using Platform.Analytics.Bonds;
using Platform.SharedKernel;

namespace Platform.Web.Components.Pages.Analytics;

/// What the calculator form holds, with sensible defaults (a 10-year 2.5 % annual government bond settled today), and
/// its translation into the pricing library's calls. Percent inputs become decimals here.
public sealed class BondCalculatorInput
{
    /// The demo bond the terms came from, or "" once they are typed.
    public string DemoBondCode { get; set; } = "";
    public string Kind { get; set; } = "fixed";
    public double? CouponPercent { get; set; } = 2.5;
    public int Frequency { get; set; } = 1;
    public DateOnly? IssueDate { get; set; } = new DateOnly(2025, 3, 15);
    public DateOnly? MaturityDate { get; set; } = new DateOnly(2035, 3, 15);
    public DateOnly? SettlementDate { get; set; } = ((IClock)SystemClock.Instance).Today();
    public string Mode { get; set; } = "yield";
    public double? Value { get; set; } = 1.85;

    /// Fills the bond's terms from a demo bond; the settlement date and the yield or price stay as typed.
    public void Apply(DemoBond bond)
    {
        DemoBondCode = bond.Code;
        Kind = bond.IsDiscount ? "zero" : "fixed";
        (CouponPercent, Frequency, IssueDate, MaturityDate) = (bond.CouponPercent, bond.Frequency, bond.IssueDate, bond.MaturityDate);
    }

    public (BondMeasures Measures, IReadOnlyList<BondCashFlow> CashFlows) Calculate()
    {
        var maturity = MaturityDate ?? throw Required("maturityDate", "到期日", "maturity date");
        var settlement = SettlementDate ?? throw Required("settlementDate", "结算日", "settlement date");
        var field = Mode == "yield" ? "yield" : "cleanPrice";
        var value = Value ?? throw Required(field, Mode == "yield" ? "收益率" : "净价", Mode == "yield" ? "yield" : "clean price");
        if (Kind == "zero")
            return (Mode == "yield" ? ChinaZeroBondPricer.FromYield(maturity, settlement, value / 100) : ChinaZeroBondPricer.FromPrice(maturity, settlement, value), []);
        var coupon = CouponPercent ?? throw Required("couponRate", "票面利率", "coupon rate");
        var issue = IssueDate ?? throw Required("issueDate", "起息日", "issue date");
        var bond = new ResolvedFixedBond(FixedCouponBond.Of(coupon / 100, CouponFrequency.Of(Frequency), issue, maturity));
        var measures = Mode == "yield"
            ? ChinaFixedBondPricer.FromYield(bond, settlement, value / 100)
            : ChinaFixedBondPricer.FromCleanPrice(bond, settlement, value);
        return (measures, ChinaFixedBondPricer.CashFlows(bond, settlement, measures.Yield));
    }

    private static DomainException Required(string field, string zh, string en) =>
        new(new LocalizedText($"请输入{zh}", $"{en} is required").Current, field);
}
