using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Platform.Trading;

/// Configuration of the front office (<c>Platform:Trading</c>), validated at start.
public sealed class TradingOptions : IValidatableObject
{
    public const string Section = "Platform:Trading";

    /// Inter-bank cash-bond trading sessions, China time, <c>HH:mm-HH:mm</c>. Check them against CFETS's current rules.
    public List<string> Sessions { get; set; } = ["09:00-12:00", "13:30-20:00"];

    /// Price deviation from the day's valuation (% of its clean price) that warns and that refuses, per bond type group.
    public DeviationLimit RatesDeviation { get; set; } = new() { WarnPct = 0.3, FailPct = 1.0 };
    public DeviationLimit NcdDeviation { get; set; } = new() { WarnPct = 0.1, FailPct = 0.5 };
    public DeviationLimit CreditDeviation { get; set; } = new() { WarnPct = 0.5, FailPct = 2.0 };

    /// A ticket of this face (万元) or more goes to risk approval whatever its deviation.
    [Range(1, 100_000_000)]
    public decimal RiskApprovalFaceWan { get; set; } = 50_000m;

    /// How many business days back a pre-approved order's trade date may be (late booking, 补录).
    [Range(0, 30)]
    public int OrderBackdateBusinessDays { get; set; } = 5;

    /// How many days ahead a ticket's trade date may be.
    [Range(0, 90)]
    public int TicketForwardDays { get; set; } = 30;

    /// How long a dealer quote stands on the board before it is stale (hidden unless asked for, greyed when shown).
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan QuoteStaleAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// When the end-of-day job snapshots every book's positions, China time, on inter-bank business days (after the last
    /// session). Empty: no automatic snapshot (an officer takes it through the API).
    public string EndOfDaySnapshotAt { get; set; } = "20:30";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EndOfDaySnapshotAt.Length > 0 && EndOfDaySnapshotTime() is null)
            yield return new ValidationResult($"Platform:Trading:EndOfDaySnapshotAt: '{EndOfDaySnapshotAt}' is not HH:mm (or empty for none)", [nameof(EndOfDaySnapshotAt)]);
        foreach (var session in Sessions)
            if (TradingSession.TryParse(session, out _) is false)
                yield return new ValidationResult($"Platform:Trading:Sessions: '{session}' is not HH:mm-HH:mm with the start before the end", [nameof(Sessions)]);
        foreach (var (name, limit) in new[] { (nameof(RatesDeviation), RatesDeviation), (nameof(NcdDeviation), NcdDeviation), (nameof(CreditDeviation), CreditDeviation) })
            if (!(limit.WarnPct > 0 && limit.FailPct > limit.WarnPct))
                yield return new ValidationResult($"Platform:Trading:{name}: WarnPct must be above 0 and FailPct above WarnPct", [name]);
    }

    public IReadOnlyList<TradingSession> ParsedSessions() =>
        Sessions.Select(s => TradingSession.TryParse(s, out var session) ? session : throw new FormatException(s)).ToList();

    public TimeOnly? EndOfDaySnapshotTime() =>
        TimeOnly.TryParseExact(EndOfDaySnapshotAt, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    internal static string Format(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);
}
