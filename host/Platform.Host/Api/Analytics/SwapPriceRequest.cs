namespace Platform.Host.Api.Analytics;

/// Body of <c>POST /api/v1/analytics/swaps/price</c>: the swap, the curve that forecasts its floating rates (and
/// discounts, unless <c>discountCurve</c> is given), the floating index's fixings for periods already started, and
/// whether to report key-rate DV01s per curve instrument.
public sealed record SwapPriceRequest(
    SwapDto Swap,
    CurveSpecDto Curve,
    CurveSpecDto? DiscountCurve = null,
    IReadOnlyList<FixingDto>? Fixings = null,
    bool KeyRates = false);
