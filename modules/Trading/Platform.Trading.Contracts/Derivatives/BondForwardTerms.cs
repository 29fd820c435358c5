namespace Platform.Trading.Contracts.Derivatives;

/// A captured standard bond forward's economic terms: the contract and its product's notional bond (coupon as a decimal
/// fraction, frequency per year, tenor from delivery), the side, face in yuan, the forward clean price per 100 and the
/// notional bond's yield at that price on the delivery date (analytics double), the last trading and delivery dates,
/// how it settles (<c>Cash</c> or <c>Physical</c>) and the clearing house.
public sealed record BondForwardTerms(
    string Contract,
    string Product,
    string Direction,
    decimal FaceYuan,
    decimal ForwardPrice,
    double ImpliedYield,
    double NotionalCouponRate,
    int CouponsPerYear,
    int TenorYears,
    DateOnly TradeDate,
    DateOnly LastTradingDay,
    DateOnly DeliveryDate,
    string Settlement,
    string ClearingHouse);
