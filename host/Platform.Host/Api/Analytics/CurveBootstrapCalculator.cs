using Platform.Analytics.Curves;
using Platform.Analytics.DayCounts;
using Platform.SharedKernel;

namespace Platform.Host.Api.Analytics;

/// <c>POST /api/v1/analytics/curves/bootstrap</c>: builds the curve and reports it at its nodes and on a grid.
internal static class CurveBootstrapCalculator
{
    private static readonly string[] DefaultGrid = ["1M", "3M", "6M", "9M", "1Y", "2Y", "3Y", "4Y", "5Y", "7Y", "10Y", "15Y", "20Y", "30Y"];

    public static CurveBootstrapResult Calculate(CurveBootstrapRequest request)
    {
        var (built, calendar) = CurveBuilder.Build(request.Curve, "curve");
        var curve = built.Curve;
        var valuation = curve.ValuationDate;
        var tenors = ApiFields.Under("grid", () => (request.Grid ?? DefaultGrid).Select(Tenor.Parse).ToList());
        if (tenors.Count > 200)
            throw new BuildingBlocks.Validation.ValidationFailedException("grid", new LocalizedText("网格最多 200 个期限", "a grid has at most 200 tenors").Current);
        var points = tenors.Select(tenor =>
        {
            var date = tenor.AddTo(valuation);
            var forwardEnd = date.AddMonths(3);
            return new CurvePointDto(tenor.ToString(), date, curve.YearsTo(date), curve.DiscountFactor(date), curve.ZeroRate(date),
                curve.ForwardRate(date, forwardEnd, DayCount.Act360));
        }).ToList();
        var nodes = built.Report().Select(r => new CurveNodeDto(r.Label, r.StartDate, r.MaturityDate, r.PillarDate, r.Quote, r.RepricedQuote,
            r.PillarDiscountFactor, curve.ZeroRate(r.PillarDate))).ToList();
        return new CurveBootstrapResult(built.Definition.Definition.Name, valuation, CurveBuilder.NameOf(curve.Interpolation), calendar.Name, nodes, points);
    }
}
