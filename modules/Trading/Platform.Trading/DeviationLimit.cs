namespace Platform.Trading;

/// Price deviation thresholds, in percent of the valuation's clean price: above <see cref="WarnPct"/> a ticket is
/// flagged and goes to risk approval; above <see cref="FailPct"/> it is refused.
public sealed class DeviationLimit
{
    public double WarnPct { get; set; }
    public double FailPct { get; set; }
}
