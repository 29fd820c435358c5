namespace Platform.Analytics.Bonds;

/// An issuer call or holder put on a coupon date 行权日, at a price per 100 of the outstanding face (double; par = 100).
/// Exercise redeems all that is outstanding; the coupon due that day is paid as usual.
public readonly record struct EmbeddedOption(BondOptionKind Kind, DateOnly ExerciseDate, double ExercisePrice = 100);
