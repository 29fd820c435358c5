using Platform.Analytics.Bonds;
using Platform.Analytics.Forwards;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;

namespace Platform.Host.Api.Analytics;

/// Turns a bond forward request into the library's types and prices it. Problems with the bond are reported under
/// <c>bond.&lt;field&gt;</c>; the library names the others after the request's own fields.
internal static class BondForwardCalculator
{
    public static BondForwardResult Calculate(BondForwardRequest request)
    {
        if (request.RepoRate is null && request.ForwardCleanQuote is null)
            throw new ValidationFailedException("repoRate", new LocalizedText("请给出回购利率或远期净价报价（或二者）", "give repoRate, forwardCleanQuote or both").Current);
        var forward = BondForward.Of(new ResolvedFixedBond(FixedBond(request.Bond)), request.SpotSettlementDate, request.DeliveryDate);
        double? implied = request.ForwardCleanQuote is { } quote ? BondForwardPricer.ImpliedRepoRate(forward, request.SpotCleanPrice, quote) : null;
        var price = BondForwardPricer.Price(forward, request.SpotCleanPrice, request.RepoRate ?? implied!.Value);
        return new BondForwardResult(price, implied);
    }

    /// Only fixed-coupon bonds: a zero bond has no coupons to carry, and its definition here has no issue date to
    /// build a schedule from.
    private static FixedCouponBond FixedBond(BondDefinitionDto bond)
    {
        if (bond.Kind != "fixed")
            throw new ValidationFailedException("bond.kind", new LocalizedText($"债券远期只支持固定利率债券（fixed），收到 '{bond.Kind}'", $"bond forwards take fixed-coupon bonds (kind fixed), not '{bond.Kind}'").Current);
        return BondMeasuresCalculator.FixedBond(bond);
    }
}
