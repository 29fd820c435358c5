using System.Globalization;
using System.Text.Json;
using Platform.SharedKernel.Calendars;

namespace Platform.Analytics.Tests.Vectors;

/// The China(IB) calendar exactly as QuantLib 1.29 had it, built from a vector file's conventions.calendar_data (the
/// swap vectors were made with it, so they are reproduced with it, not with the platform's own holiday data).
public static class VectorCalendar
{
    private static readonly Dictionary<string, BusinessCalendar> s_byFamily = [];

    public static BusinessCalendar Of(string family)
    {
        lock (s_byFamily)
        {
            if (s_byFamily.TryGetValue(family, out var cached)) return cached;
            var path = Path.Combine(AppContext.BaseDirectory, "Vectors", family + ".json");
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var data = document.RootElement.GetProperty("conventions").GetProperty("calendar_data");
            static DateOnly D(JsonElement e) => DateOnly.Parse(e.GetString()!, CultureInfo.InvariantCulture);
            var calendar = BusinessCalendar.Create("ql-china-ib", "QuantLib 1.29", D(data.GetProperty("from")), D(data.GetProperty("to")),
                data.GetProperty("non_business_weekdays").EnumerateArray().Select(D),
                data.GetProperty("business_weekend_days").EnumerateArray().Select(D));
            s_byFamily[family] = calendar;
            return calendar;
        }
    }
}
