namespace Platform.Host.Api.Analytics;

/// The pricing library over HTTP, for any signed-in user.
internal static class AnalyticsEndpoints
{
    public static IEndpointRouteBuilder MapAnalyticsEndpoints(this IEndpointRouteBuilder app)
    {
        var analytics = app.MapGroup("/api/v1/analytics").WithTags("Analytics").RequireAuthorization();
        analytics.MapPost("/bonds/measures", (BondMeasuresRequest request) => TypedResults.Ok(BondMeasuresResponse.From(BondMeasuresCalculator.Calculate(request))))
            .WithSummary("Prices a fixed-coupon or zero bond by the China inter-bank convention from a yield or a clean price.");
        return app;
    }
}
