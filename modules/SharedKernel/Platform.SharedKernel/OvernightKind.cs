namespace Platform.SharedKernel;

/// <summary>Which one-day money-market tenor a <see cref="Tenor"/> of one day is, if any.</summary>
public enum OvernightKind
{
    /// <summary>An ordinary tenor counted in its unit.</summary>
    None,

    /// <summary>Overnight 隔夜 (O/N): from today to the next business day.</summary>
    Overnight,

    /// <summary>Tomorrow-next 明日次日 (T/N): from the next business day to the one after.</summary>
    TomorrowNext,
}
