using System.Globalization;

namespace Platform.SharedKernel;

/// <summary>
/// An amount of money in one currency 金额, e.g. CNY 1,234.56. decimal: money never goes through double.
/// Arithmetic is only defined within one currency; mixing currencies is a bug, so it throws instead of guessing a rate.
/// </summary>
public readonly record struct CurrencyAmount
{
    private CurrencyAmount(Currency currency, decimal amount) => (Currency, Amount) = (currency, amount);

    public Currency Currency { get; }
    public decimal Amount { get; }

    public static CurrencyAmount Of(Currency currency, decimal amount) =>
        currency.Code is null
            ? throw new DomainException("an amount needs a currency; default(Currency) is not one", "currency")
            : new(currency, amount);

    public static CurrencyAmount Zero(Currency currency) => Of(currency, 0m);

    /// <summary>Reads the form <see cref="ToString"/> writes: <c>CNY 1,234.56</c> (group separators optional).</summary>
    public static CurrencyAmount Parse(string text) =>
        TryParse(text, out var amount) ? amount
        : throw new DomainException(
            $"an amount must be written as a currency code, one space and a number, e.g. 'CNY 1,234.56', was '{text}'", "amount");

    public static bool TryParse(string? text, out CurrencyAmount amount)
    {
        amount = default;
        if (text is null || text.Length < 5 || text[3] != ' ')
            return false;
        if (!Currency.TryParse(text[..3], out var currency))
            return false;
        if (!decimal.TryParse(text.AsSpan(4), NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var value))
            return false;
        amount = new(currency, value);
        return true;
    }

    /// <summary>Rounds half away from zero to the currency's minor units (CNY to the 分), as settlement amounts are.</summary>
    public CurrencyAmount RoundToMinorUnits() =>
        new(Currency, Math.Round(Amount, Currency.MinorUnits, MidpointRounding.AwayFromZero));

    public static CurrencyAmount operator +(CurrencyAmount left, CurrencyAmount right) =>
        new(SameCurrency(left, right, "add"), left.Amount + right.Amount);

    public static CurrencyAmount operator -(CurrencyAmount left, CurrencyAmount right) =>
        new(SameCurrency(left, right, "subtract"), left.Amount - right.Amount);

    public static CurrencyAmount operator -(CurrencyAmount value) => new(value.Currency, -value.Amount);

    public static CurrencyAmount operator *(CurrencyAmount value, decimal factor) => new(value.Currency, value.Amount * factor);

    public static CurrencyAmount operator *(decimal factor, CurrencyAmount value) => value * factor;

    public static CurrencyAmount operator /(CurrencyAmount value, decimal divisor) =>
        divisor == 0m
            ? throw new DomainException($"cannot divide {value} by zero", "divisor")
            : new(value.Currency, value.Amount / divisor);

    public static bool operator <(CurrencyAmount left, CurrencyAmount right) =>
        Compare(left, right) < 0;

    public static bool operator >(CurrencyAmount left, CurrencyAmount right) =>
        Compare(left, right) > 0;

    public static bool operator <=(CurrencyAmount left, CurrencyAmount right) =>
        Compare(left, right) <= 0;

    public static bool operator >=(CurrencyAmount left, CurrencyAmount right) =>
        Compare(left, right) >= 0;

    /// <summary>
    /// <c>CNY 1,234.56</c>: invariant culture, at least the currency's minor units, more digits only if the amount has
    /// them, so a log line never hides a fraction of a 分.
    /// </summary>
    public override string ToString()
    {
        int decimals = Math.Max(Currency.MinorUnits, SignificantDecimals(Amount));
        return $"{Currency.Code} {Amount.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)}";
    }

    private static int SignificantDecimals(decimal value)
    {
        int scale = value.Scale;
        while (scale > 0 && decimal.Round(value, scale - 1) == value)
            scale--;
        return scale;
    }

    private static int Compare(CurrencyAmount left, CurrencyAmount right)
    {
        SameCurrency(left, right, "compare");
        return left.Amount.CompareTo(right.Amount);
    }

    private static Currency SameCurrency(CurrencyAmount left, CurrencyAmount right, string operation) =>
        left.Currency == right.Currency
            ? left.Currency
            : throw new DomainException(
                $"cannot {operation} {left} and {right}: the currencies differ; convert one first");
}
