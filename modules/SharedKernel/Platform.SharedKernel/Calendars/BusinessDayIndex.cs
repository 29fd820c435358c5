namespace Platform.SharedKernel.Calendars;

/// <summary>
/// Business days over a covered range, precomputed so every question is an array lookup: a running count of
/// business days per calendar day, and the list of business days in order. Days are offsets from the first covered date.
/// </summary>
internal sealed class BusinessDayIndex
{
    private readonly int[] _businessDaysBefore;   // [i]: business days among offsets 0..i-1; one longer than the range
    private readonly int[] _businessDayNumbers;   // [k]: DateOnly.DayNumber of the k-th business day

    public BusinessDayIndex(int firstDayNumber, ReadOnlySpan<bool> isBusinessDay)
    {
        FirstDayNumber = firstDayNumber;
        DayCount = isBusinessDay.Length;
        _businessDaysBefore = new int[DayCount + 1];
        var businessDays = new List<int>(DayCount);
        for (int offset = 0; offset < DayCount; offset++)
        {
            if (isBusinessDay[offset])
                businessDays.Add(firstDayNumber + offset);
            _businessDaysBefore[offset + 1] = businessDays.Count;
        }
        _businessDayNumbers = [.. businessDays];
    }

    public int FirstDayNumber { get; }
    public int DayCount { get; }
    public int BusinessDayCount => _businessDayNumbers.Length;

    public bool IsBusinessDay(int offset) => _businessDaysBefore[offset + 1] != _businessDaysBefore[offset];

    /// <summary>Business days among offsets 0 to <paramref name="offset"/> - 1; offset may be <see cref="DayCount"/>.</summary>
    public int CountBefore(int offset) => _businessDaysBefore[offset];

    public int DayNumberOf(int ordinal) => _businessDayNumbers[ordinal];
}
