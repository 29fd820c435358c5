namespace Platform.Analytics.Forwards;

/// A bond forward priced at a repo rate, per 100 face. Doubles: analytics values, rounded only for display.
/// ForwardDirtyPrice = (SpotDirtyPrice − PvIntermediateCoupons) × (1 + RepoRate·Days/365);
/// ForwardCleanPrice = ForwardDirtyPrice − DeliveryAccrued.
public sealed record BondForwardPrice(
    double RepoRate,
    int Days,
    double SpotAccrued,
    double SpotDirtyPrice,
    IReadOnlyList<IntermediateCoupon> IntermediateCoupons,
    double PvIntermediateCoupons,
    double ForwardDirtyPrice,
    double DeliveryAccrued,
    double ForwardCleanPrice);
