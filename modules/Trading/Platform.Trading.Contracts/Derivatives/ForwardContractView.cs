namespace Platform.Trading.Contracts.Derivatives;

/// One listed standard bond forward contract, as the capture form offers it: code, product with its Chinese and English
/// names, the notional bond (coupon in percent, coupons per year, tenor in years), settlement and its dates.
public sealed record ForwardContractView(
    string Code,
    string Product,
    string NameZh,
    string NameEn,
    decimal NotionalCouponPct,
    int CouponsPerYear,
    int TenorYears,
    string Settlement,
    DateOnly LastTradingDay,
    DateOnly DeliveryDate);
