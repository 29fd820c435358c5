namespace Platform.Analytics.Swaps;

/// One accrual period of a leg, adjusted: paid on its end date. <see cref="FixingDate"/> and <see cref="ForecastEnd"/>
/// serve term and index-tenor floating rates; <see cref="ResetStarts"/> and <see cref="ResetFixings"/> the 7-day resets
/// of a compounded repo leg (empty otherwise).
public readonly record struct SwapPeriod(
    DateOnly AccrualStart,
    DateOnly AccrualEnd,
    DateOnly PaymentDate,
    double YearFraction,
    DateOnly FixingDate,
    DateOnly ForecastEnd,
    DateOnly[] ResetStarts,
    DateOnly[] ResetFixings);
