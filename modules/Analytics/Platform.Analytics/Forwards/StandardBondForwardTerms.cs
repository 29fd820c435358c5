using Platform.Analytics.Bonds;
using Platform.SharedKernel;

namespace Platform.Analytics.Forwards;

/// The standing terms of a standard bond forward 标准债券远期 product (e.g. a 10-year CDB contract): the notional
/// (virtual) bond it is written on — coupon rate (double, e.g. 0.03), frequency and tenor in whole years from the
/// delivery date — and how the basket is averaged into the settlement price. Data, so that a new product or a
/// changed rule is a new value, not new code.
public sealed record StandardBondForwardTerms
{
    public const int MaxTenorYears = 50;

    public string Code { get; }
    public double NotionalCouponRate { get; }
    public CouponFrequency Frequency { get; }
    public int TenorYears { get; }
    public BasketAveraging Averaging { get; }

    private StandardBondForwardTerms(string code, double couponRate, CouponFrequency frequency, int tenorYears, BasketAveraging averaging) =>
        (Code, NotionalCouponRate, Frequency, TenorYears, Averaging) = (code, couponRate, frequency, tenorYears, averaging);

    public static StandardBondForwardTerms Of(string code, double notionalCouponRate, CouponFrequency frequency, int tenorYears,
        BasketAveraging averaging = BasketAveraging.PriceAtMeanYield)
    {
        if (string.IsNullOrWhiteSpace(code))
            throw new DomainException("a standard bond forward needs a product code (e.g. CDB10)", "code");
        if (!double.IsFinite(notionalCouponRate) || notionalCouponRate < 0 || notionalCouponRate >= 1)
            throw new DomainException($"notional coupon rate must be a decimal from 0 up to 1 (0.03 = 3 %), was {notionalCouponRate}", "notionalCouponRate");
        if (tenorYears is < 1 or > MaxTenorYears)
            throw new DomainException($"notional bond tenor must be 1 to {MaxTenorYears} whole years, was {tenorYears}", "tenorYears");
        if (!Enum.IsDefined(averaging))
            throw new DomainException($"unknown basket averaging {averaging}", "averaging");
        return new StandardBondForwardTerms(code.Trim(), notionalCouponRate, frequency, tenorYears, averaging);
    }
}
