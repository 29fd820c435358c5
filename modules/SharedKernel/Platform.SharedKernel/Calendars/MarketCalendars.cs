namespace Platform.SharedKernel.Calendars;

/// <summary>
/// The Chinese market calendars shipped with the platform, read once from the embedded data files on first use.
/// An updated schedule supplied by an operator is loaded with <see cref="BusinessCalendar.Load"/> instead.
/// </summary>
public static class MarketCalendars
{
    public const string CnInterbankName = "cn-interbank";
    public const string CnExchangeName = "cn-exchange";

    private static readonly Lazy<BusinessCalendar> s_cnInterbank = new(() => LoadEmbedded(CnInterbankName));
    private static readonly Lazy<BusinessCalendar> s_cnExchange = new(() => LoadEmbedded(CnExchangeName));
    private static readonly Lazy<BusinessCalendar> s_cnInterbankProjected = new(() => CalendarProjection.Project(CnInterbank));

    /// <summary>China inter-bank market 银行间市场 (CFETS, CCDC, SHCH): working weekends 调休 are open.</summary>
    public static BusinessCalendar CnInterbank => s_cnInterbank.Value;

    /// <summary>Shanghai and Shenzhen stock exchanges 交易所: weekends are always closed, working weekends too.</summary>
    public static BusinessCalendar CnExchange => s_cnExchange.Value;

    /// <summary>The inter-bank calendar extended past its data by <see cref="CalendarProjection"/>: for swap and bond
    /// schedules that run beyond the announced holidays.</summary>
    public static BusinessCalendar CnInterbankProjected => s_cnInterbankProjected.Value;

    public static BusinessCalendar ByName(string name) => name switch
    {
        CnInterbankName => CnInterbank,
        CnExchangeName => CnExchange,
        _ => throw new DomainException($"unknown calendar '{name}'; known: {CnInterbankName}, {CnExchangeName}", "calendar"),
    };

    private static BusinessCalendar LoadEmbedded(string name)
    {
        string resource = $"Platform.SharedKernel.Calendars.{name}.csv";
        using var stream = typeof(MarketCalendars).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded calendar data {resource} is missing from the build");
        var calendar = BusinessCalendar.Load(stream, $"{name}.csv");
        return calendar.Name == name ? calendar
            : throw new InvalidOperationException($"embedded {name}.csv names itself '{calendar.Name}'");
    }
}
