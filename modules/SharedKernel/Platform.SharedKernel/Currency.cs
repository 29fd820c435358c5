namespace Platform.SharedKernel;

/// <summary>
/// An ISO 4217 currency 币种, e.g. CNY. Any three upper-case letters are accepted (CNH, the offshore yuan, is not ISO
/// but trades), because the platform must not reject a currency just because this table does not know it.
/// <c>default(Currency)</c> is not a currency: build one with <see cref="Of"/>.
/// </summary>
public readonly record struct Currency
{
    public static readonly Currency CNY = new("CNY");
    public static readonly Currency USD = new("USD");
    public static readonly Currency HKD = new("HKD");
    public static readonly Currency EUR = new("EUR");

    private Currency(string code) => Code = code;

    /// <summary>The three-letter code, e.g. <c>CNY</c>.</summary>
    public string Code { get; }

    /// <summary>Decimal places of the smallest unit (CNY 2: 分; JPY 0). Codes not in the table have 2.</summary>
    public int MinorUnits => Code switch
    {
        "JPY" or "KRW" or "VND" or "CLP" or "ISK" or "XOF" or "XAF" => 0,
        "BHD" or "KWD" or "OMR" or "JOD" or "TND" or "IQD" or "LYD" => 3,
        _ => 2,
    };

    public static Currency Of(string code) =>
        TryParse(code, out var currency) ? currency
        : throw new DomainException(
            $"currency must be an ISO 4217 code of three upper-case letters such as CNY, was '{code}'", "currency");

    public static bool TryParse(string? code, out Currency currency)
    {
        currency = default;
        if (code is not { Length: 3 } || !code.All(char.IsAsciiLetterUpper))
            return false;
        currency = code switch
        {
            "CNY" => CNY,
            "USD" => USD,
            "HKD" => HKD,
            "EUR" => EUR,
            _ => new Currency(code),
        };
        return true;
    }

    public override string ToString() => Code;
}
