namespace Platform.Trading.Contracts.ReferenceData;

/// A bond's valuation at the close of <see cref="Date"/> (中债估值-style), per 100 face: clean and dirty price,
/// accrued interest, yield (decimal fraction) and modified duration. Doubles: analytics values.
public sealed record ValuationView(string BondId, DateOnly Date, double CleanPrice, double DirtyPrice, double AccruedInterest, double Yield,
    double ModifiedDuration, string Source);
