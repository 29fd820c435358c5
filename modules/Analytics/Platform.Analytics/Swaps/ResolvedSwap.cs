namespace Platform.Analytics.Swaps;

/// A swap with both legs' periods generated and adjusted once, ready to be priced on many curves (the
/// definition → resolved → pricer shape). Notional is a double here: it only scales analytics values.
public sealed class ResolvedSwap
{
    public InterestRateSwap Swap { get; }
    public IReadOnlyList<SwapPeriod> FixedPeriods { get; }
    public IReadOnlyList<SwapPeriod> FloatingPeriods { get; }
    public double Notional { get; }

    /// The adjusted termination date: the last payment of both legs.
    public DateOnly MaturityDate { get; }

    internal ResolvedSwap(InterestRateSwap swap, SwapPeriod[] fixedPeriods, SwapPeriod[] floatingPeriods)
    {
        Swap = swap;
        FixedPeriods = fixedPeriods;
        FloatingPeriods = floatingPeriods;
        Notional = (double)swap.Notional;
        MaturityDate = fixedPeriods[^1].PaymentDate > floatingPeriods[^1].PaymentDate ? fixedPeriods[^1].PaymentDate : floatingPeriods[^1].PaymentDate;
    }

    /// +1 for a payer (who pays fixed and gains when rates rise), −1 for a receiver.
    public double PayerSign => Swap.Direction == SwapDirection.Payer ? 1 : -1;
}
