namespace Platform.Analytics.Curves;

/// How a curve fills the time between its nodes, named in the curve definition 插值方法.
public enum CurveInterpolation
{
    /// ln DF linear in t: piecewise-flat instantaneous forwards. QuantLib's PiecewiseLogLinearDiscount; the default.
    LogLinearDiscount,

    /// Continuously compounded zero rate linear in t; flat before the first node and after the last.
    LinearZero,

    /// Hagan–West monotone convex on the discrete forwards: continuous, positive-preserving forwards without overshoot.
    MonotoneConvex,
}
