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
        analytics.MapPost("/bonds/forward", (BondForwardRequest request) => TypedResults.Ok(BondForwardCalculator.Calculate(request))).WithSummary("Prices a physically delivered bond forward at a repo rate (ACT/365 simple) and/or implies the repo rate from a forward clean price.");
        analytics.MapPost("/curves/bootstrap", (CurveBootstrapRequest request) => TypedResults.Ok(CurveBootstrapCalculator.Calculate(request)))
            .WithSummary("Builds a CNY curve (SHIBOR-3M, FR007, LPR-1Y) from its quotes and reports it at its nodes and on a tenor grid.");
        analytics.MapPost("/swaps/price", (SwapPriceRequest request) => TypedResults.Ok(SwapPriceCalculator.Calculate(request)))
            .WithSummary("Prices a CNY interest rate swap on a curve built from quotes: NPV, fair rate, leg PVs, BPS, DV01 and key-rate DV01s.");
        return app;
    }
}
