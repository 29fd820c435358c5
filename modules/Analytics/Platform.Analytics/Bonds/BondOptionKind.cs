namespace Platform.Analytics.Bonds;

/// Who holds an embedded option: the issuer may redeem early (call 赎回), the holder may sell back (put 回售).
public enum BondOptionKind
{
    Call,
    Put,
}
