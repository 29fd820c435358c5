using System.Globalization;

namespace Platform.SharedKernel.Tests;

/// <summary>ISO dates in test data, read the one way the vectors write them.</summary>
internal static class TestDates
{
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
