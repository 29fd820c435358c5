namespace Platform.Analytics.Curves.Parametric;

/// One point a curve is fitted to: a maturity in years, a yield as a decimal (0.0182 = 1.82 %) and the weight of its
/// squared error in the fit (1 unless some points are trusted more, e.g. the benchmark tenors).
public readonly record struct YieldObservation(double Years, double Yield, double Weight = 1);
