namespace Platform.Analytics.Forwards;

/// A coupon the bond pays between spot settlement and delivery (spot &lt; payment ≤ delivery), per 100 face. It goes
/// to the forward seller, who still holds the bond, so the forward price is reduced by its value financed at repo.
public readonly record struct IntermediateCoupon(DateOnly PaymentDate, double Amount);
