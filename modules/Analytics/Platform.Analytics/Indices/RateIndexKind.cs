namespace Platform.Analytics.Indices;

/// What kind of CNY benchmark a rate index is; it decides how a coupon looks its fixing up.
public enum RateIndexKind
{
    /// Inter-bank offered rate (SHIBOR 上海银行间同业拆放利率), published each business day.
    Ibor,

    /// Repo fixing (FR 回购定盘利率, FDR 存款类机构间回购定盘利率), published each business day.
    RepoFixing,

    /// Loan prime rate (LPR 贷款市场报价利率), published monthly (the 20th); in force until the next one.
    LoanPrimeRate,

    /// PBoC benchmark deposit rate (存款基准利率), changed by notice; in force until the next change.
    DepositRate,

    /// Yield of prime-issuer negotiable certificates of deposit (优质主体同业存单).
    NcdYield,
}
