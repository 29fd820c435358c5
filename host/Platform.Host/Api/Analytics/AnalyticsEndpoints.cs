using Microsoft.AspNetCore.Mvc;

namespace Platform.Host.Api.Analytics;

/// The pricing library over HTTP, for any signed-in user.
internal static class AnalyticsEndpoints
{
    private const long BatchBodyLimit = 128L * 1024 * 1024;   // 100,000 bonds of ~300 bytes each, with room

    public static IEndpointRouteBuilder MapAnalyticsEndpoints(this IEndpointRouteBuilder app)
    {
        var analytics = app.MapGroup("/api/v1/analytics").WithTags("Analytics").RequireAuthorization();
        analytics.MapPost("/bonds/measures", (BondMeasuresRequest request) => TypedResults.Ok(BondMeasuresCalculator.Calculate(request)))
            .WithSummary("Prices a fixed-coupon or zero bond by the China inter-bank convention from a yield or a clean price.");
        analytics.MapPost("/bonds/measures:batch", (BondMeasuresBatchRequest request) => TypedResults.Ok(BondMeasuresBatch.Calculate(request)))
            .WithMetadata(new RequestSizeLimitAttribute(BatchBodyLimit))
            .WithSummary("Prices up to 100,000 bonds in one call; each item answers with its measures or its own error.");
        return app;
    }
}
