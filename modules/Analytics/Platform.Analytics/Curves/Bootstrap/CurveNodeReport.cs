namespace Platform.Analytics.Curves.Bootstrap;

/// One instrument of a built curve: its dates, the quote it was built from, the quote the curve gives back (equal to
/// 1e-12 when the bootstrap converged), and the discount factor at its pillar.
public readonly record struct CurveNodeReport(
    string Label,
    DateOnly StartDate,
    DateOnly MaturityDate,
    DateOnly PillarDate,
    double Quote,
    double RepricedQuote,
    double PillarDiscountFactor);
