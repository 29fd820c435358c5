namespace Platform.Trading.Contracts.Derivatives;

/// A captured swap's economic terms, resolved from its convention: what clearing needs to novate it and what risk needs
/// to value it. Rates as decimal fractions (analytics doubles: 0.0185 = 1.85 %), notional in yuan, day counts and the
/// reset tenor as Analytics names them; the schedule is the convention's (modified following), on the calendar named
/// with its version (the projected inter-bank calendar past the announced holidays, docs/adr/0008). CNY swaps on these indices are cleared centrally at SHCH (上海清算所).
public sealed record SwapTerms(
    string Convention,
    string FloatingIndex,
    string Direction,
    decimal NotionalYuan,
    double FixedRate,
    double Spread,
    DateOnly TradeDate,
    DateOnly EffectiveDate,
    DateOnly TerminationDate,
    DateOnly MaturityDate,
    int FixedPaymentMonths,
    string FixedDayCount,
    int FloatingPaymentMonths,
    string FloatingDayCount,
    string FloatingResetTenor,
    int Periods,
    DateOnly FirstPaymentDate,
    string ScheduleCalendar,
    string ClearingHouse);
