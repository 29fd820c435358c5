using Platform.Analytics.Solvers;
using Platform.SharedKernel;

namespace Platform.Analytics.Forwards;

/// Prices physically delivered bond forwards by cost of carry at a repo rate, simple interest ACT/365 on actual days:
/// the buyer pays at delivery what it would cost to buy the bond at spot and finance it at repo until then, less the
/// coupons the seller collects meanwhile (each financed from its payment date). Prices per 100 face; doubles.
public static class BondForwardPricer
{
    public const double MinRepoRate = -0.2;
    public const double MaxRepoRate = 1.0;
    private const double MaxPrice = 1000;
    private const double DaysPerYear = 365.0;

    /// The forward price at a repo rate.
    public static BondForwardPrice Price(BondForward forward, double spotCleanPrice, double repoRate)
    {
        CheckPrice(spotCleanPrice, "spotCleanPrice", "spot clean price");
        if (!double.IsFinite(repoRate) || repoRate < MinRepoRate || repoRate > MaxRepoRate)
            throw new DomainException($"repo rate must be a decimal between {MinRepoRate} and {MaxRepoRate} (0.018 = 1.8 %), was {repoRate}", "repoRate");
        if (Growth(repoRate, forward.Days) <= 0)
            throw new DomainException($"a repo rate of {repoRate} over {forward.Days} days makes the growth factor 1 + r·days/365 zero or negative", "repoRate");

        var spotDirty = spotCleanPrice + forward.SpotAccrued;
        var pv = PvIntermediateCoupons(forward, repoRate, out _);
        if (spotDirty - pv <= 0)
            throw new DomainException($"the coupons paid before delivery ({pv}) are worth more than the bond's spot dirty price ({spotDirty})", "spotCleanPrice");
        var forwardDirty = (spotDirty - pv) * Growth(repoRate, forward.Days);
        return new BondForwardPrice(repoRate, forward.Days, forward.SpotAccrued, spotDirty, forward.IntermediateCoupons, pv,
            forwardDirty, forward.DeliveryAccrued, forwardDirty - forward.DeliveryAccrued);
    }

    /// The repo rate at which the forward's clean price equals <paramref name="forwardCleanQuote"/>, to 1e-12 in price.
    /// With no coupon before delivery the formula is linear in the rate and Newton lands in one step; with coupons it
    /// is solved inside [−20 %, 100 %] by the bracketed Newton the yield solver uses.
    public static double ImpliedRepoRate(BondForward forward, double spotCleanPrice, double forwardCleanQuote)
    {
        CheckPrice(spotCleanPrice, "spotCleanPrice", "spot clean price");
        CheckPrice(forwardCleanQuote, "forwardCleanQuote", "forward clean price");
        if (forward.Days == 0)
            throw new DomainException("delivery on the spot settlement date finances nothing, so no repo rate is implied", "deliveryDate");

        var spotDirty = spotCleanPrice + forward.SpotAccrued;
        var target = forwardCleanQuote + forward.DeliveryAccrued;
        // Below −365/days the growth factor 1 + r·days/365 is not positive (only for forwards beyond five years).
        var low = Math.Max(MinRepoRate, -(1 - 1e-9) * DaysPerYear / forward.Days);
        var gap = new ForwardDirtyGap(forward, spotDirty, target);
        if (gap.Evaluate(low, out _) < 0 || gap.Evaluate(MaxRepoRate, out _) > 0)
            throw new DomainException($"no repo rate between {low:P0} and {MaxRepoRate:P0} gives this forward clean price", "forwardCleanQuote");

        var coupons = 0.0;
        foreach (var c in forward.IntermediateCoupons) coupons += c.Amount;
        var guess = (target / (spotDirty - coupons) - 1) / (forward.Days / DaysPerYear);
        return YieldSolver.Solve(gap, low, MaxRepoRate, guess, "forwardCleanQuote");
    }

    private static double Growth(double repoRate, int days) => 1 + repoRate * days / DaysPerYear;

    /// Σ cᵢ/(1 + r·τᵢ), τᵢ the years from spot to payment, and its derivative in r.
    private static double PvIntermediateCoupons(BondForward forward, double repoRate, out double derivative)
    {
        double pv = 0;
        derivative = 0;
        foreach (var coupon in forward.IntermediateCoupons)
        {
            var years = (coupon.PaymentDate.DayNumber - forward.SpotSettlementDate.DayNumber) / DaysPerYear;
            var discounted = coupon.Amount / (1 + repoRate * years);
            pv += discounted;
            derivative -= discounted * years / (1 + repoRate * years);
        }
        return pv;
    }

    private static void CheckPrice(double price, string field, string name)
    {
        if (!double.IsFinite(price) || price <= 0 || price > MaxPrice)
            throw new DomainException($"{name} must be above 0 and at most {MaxPrice} per 100 face, was {price}", field);
    }

    /// target − forward dirty(r): decreasing in r while the bond is worth more than its coupons before delivery.
    private readonly struct ForwardDirtyGap(BondForward forward, double spotDirty, double target) : IDecreasingFunction
    {
        public double Evaluate(double r, out double derivative)
        {
            var t = forward.Days / DaysPerYear;
            var pv = PvIntermediateCoupons(forward, r, out var pvDerivative);
            var growth = 1 + r * t;
            derivative = -((spotDirty - pv) * t - pvDerivative * growth);
            return target - (spotDirty - pv) * growth;
        }
    }
}
