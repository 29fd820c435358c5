using Platform.Analytics.Bonds;

namespace Platform.Analytics.Curves.Bootstrap;

/// A fixed-coupon bond: the curve's dirty price at settlement, Σ CF·DF(pay)/DF(settlement), against the dirty price
/// its quoted yield gives by the China convention. The implied quote is the yield of the curve's price.
internal sealed class BondNode : CurveNode
{
    private readonly ResolvedFixedBond _bond;
    private readonly DateOnly _settlement;
    private readonly DateOnly[] _payments;
    private readonly double[] _amounts;
    private readonly double _accrued;

    public BondNode(string label, ResolvedFixedBond bond, DateOnly settlement)
        : base(label, settlement, bond.Bond.MaturityDate, bond.Bond.MaturityDate)
    {
        _bond = bond;
        _settlement = settlement;
        var flows = ChinaFixedBondPricer.CashFlows(bond, settlement, 0.02);
        _payments = [.. flows.Select(f => f.PaymentDate)];
        _amounts = [.. flows.Select(f => f.Amount)];
        _accrued = SettlementPosition.Of(bond, settlement).AccruedInterest;
    }

    public override double ImpliedQuote(IDiscountCurve curve) =>
        ChinaFixedBondPricer.FromCleanPrice(_bond, _settlement, CurveDirtyPrice(curve) - _accrued).Yield;

    /// In price per 100 face divided by 100, so that its size compares with a rate residual.
    public override double Residual(InterpolatedDiscountCurve curve, double quote) =>
        (CurveDirtyPrice(curve) - ChinaFixedBondPricer.FromYield(_bond, _settlement, quote).DirtyPrice) / 100;

    private double CurveDirtyPrice(IDiscountCurve curve)
    {
        double pv = 0;
        for (var i = 0; i < _payments.Length; i++) pv += _amounts[i] * curve.DiscountFactor(_payments[i]);
        return pv / curve.DiscountFactor(_settlement);
    }
}
