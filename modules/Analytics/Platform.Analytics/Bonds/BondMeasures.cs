namespace Platform.Analytics.Bonds;

/// A bond's price and risk at one settlement date, per 100 face. Doubles: analytics outputs, rounded only for display.
/// DV01 is the dirty-price change for a 1 bp fall in yield (positive for a long position).
public readonly record struct BondMeasures(
    double CleanPrice,
    double DirtyPrice,
    double AccruedInterest,
    double Yield,
    double MacaulayDuration,
    double ModifiedDuration,
    double Convexity,
    double Dv01);
