using System.Globalization;

namespace Platform.SharedKernel;

/// <summary>
/// A length of time 期限 as the market quotes it: <c>7D</c>, <c>2W</c>, <c>3M</c>, <c>1Y</c>, <c>ON</c>, <c>TN</c>.
/// Written forms are kept as quoted: 12M and 1Y are different tenors even though they often land on the same date.
/// <c>default(Tenor)</c> is not a tenor: build one with <see cref="Of"/> or <see cref="Parse"/>.
/// </summary>
public readonly record struct Tenor
{
    private const int MaxYears = 100;   // 50Y treasuries exist; nothing trades beyond a century

    public static readonly Tenor Overnight = new(1, TenorUnit.Day, OvernightKind.Overnight);
    public static readonly Tenor TomorrowNext = new(1, TenorUnit.Day, OvernightKind.TomorrowNext);

    private Tenor(int amount, TenorUnit unit, OvernightKind overnight) => (Amount, Unit, OvernightKind) = (amount, unit, overnight);

    /// <summary>How many <see cref="Unit"/>s; 1 for ON and TN.</summary>
    public int Amount { get; }
    public TenorUnit Unit { get; }

    /// <summary>Whether this is ON or TN; both are one day long but start on different days.</summary>
    public OvernightKind OvernightKind { get; }

    public static Tenor Of(int amount, TenorUnit unit) =>
        !Enum.IsDefined(unit) ? throw new DomainException($"unknown tenor unit {(int)unit}", "unit")
        : AmountProblem(amount, unit) is { } problem ? throw new DomainException(problem, "amount")
        : new(amount, unit, OvernightKind.None);

    public static Tenor OfDays(int days) => Of(days, TenorUnit.Day);
    public static Tenor OfWeeks(int weeks) => Of(weeks, TenorUnit.Week);
    public static Tenor OfMonths(int months) => Of(months, TenorUnit.Month);
    public static Tenor OfYears(int years) => Of(years, TenorUnit.Year);

    /// <summary>Reads <c>7D</c>, <c>2W</c>, <c>3M</c>, <c>1Y</c> (unit letter in either case), <c>ON</c>/<c>O/N</c>, <c>TN</c>/<c>T/N</c>.</summary>
    public static Tenor Parse(string text) =>
        Read(text, out var tenor) is { } problem ? throw new DomainException(problem, "tenor") : tenor;

    public static bool TryParse(string? text, out Tenor tenor) => Read(text, out tenor) is null;

    /// <summary>
    /// The date this tenor after <paramref name="date"/>, with no calendar: days and weeks add calendar days; months and
    /// years keep the day of month, clamped to the month's end (31 Jan + 1M = 28/29 Feb). ON and TN add one day.
    /// For business-day adjustment use a business calendar's Advance.
    /// </summary>
    public DateOnly AddTo(DateOnly date) => Unit switch
    {
        TenorUnit.Day => date.AddDays(Amount),
        TenorUnit.Week => date.AddDays(7 * Amount),
        TenorUnit.Month => date.AddMonths(Amount),
        TenorUnit.Year => date.AddYears(Amount),
        _ => throw new DomainException($"unknown tenor unit {(int)Unit}", "unit"),
    };

    public override string ToString() => OvernightKind switch
    {
        OvernightKind.Overnight => "ON",
        OvernightKind.TomorrowNext => "TN",
        _ => Amount.ToString(CultureInfo.InvariantCulture) + Unit switch
        {
            TenorUnit.Day => "D",
            TenorUnit.Week => "W",
            TenorUnit.Month => "M",
            _ => "Y",
        },
    };

    /// <returns>null when <paramref name="text"/> is a valid tenor, else what is wrong with it.</returns>
    private static string? Read(string? text, out Tenor tenor)
    {
        tenor = default;
        string? upper = text?.ToUpperInvariant();
        if (upper is "ON" or "O/N")
        {
            tenor = Overnight;
            return null;
        }
        if (upper is "TN" or "T/N")
        {
            tenor = TomorrowNext;
            return null;
        }
        if (upper is not { Length: >= 2 } || !int.TryParse(upper.AsSpan(0, upper.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int amount))
            return $"a tenor must be a whole number and a unit D, W, M or Y (e.g. 3M), or ON or TN, was '{text}'";
        TenorUnit? unit = upper[^1] switch
        {
            'D' => TenorUnit.Day,
            'W' => TenorUnit.Week,
            'M' => TenorUnit.Month,
            'Y' => TenorUnit.Year,
            _ => null,
        };
        if (unit is null)
            return $"a tenor's unit must be D, W, M or Y, was '{upper[^1]}' in '{text}'";
        if (AmountProblem(amount, unit.Value) is { } problem)
            return $"{problem} in '{text}'";
        tenor = new(amount, unit.Value, OvernightKind.None);
        return null;
    }

    private static string? AmountProblem(int amount, TenorUnit unit)
    {
        int max = unit switch
        {
            TenorUnit.Day => MaxYears * 366,
            TenorUnit.Week => MaxYears * 53,
            TenorUnit.Month => MaxYears * 12,
            _ => MaxYears,
        };
        return amount >= 1 && amount <= max ? null
            : $"a tenor in {unit.ToString().ToLowerInvariant()}s must be from 1 to {max}, was {amount}";
    }
}
