using Platform.Analytics.Bonds;

namespace Platform.Analytics.Curves.Bootstrap;

/// A fixed-coupon bond quoted by its yield (China inter-bank convention), settling the lag in business days after the
/// valuation date: the curve must discount its remaining cash flows to the dirty price that yield gives.
public sealed record BondInstrument(string Label, FixedCouponBond Bond, int SettlementLagBusinessDays = 0) : CurveInstrument(Label);
