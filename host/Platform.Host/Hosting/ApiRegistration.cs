using System.Text.Json.Serialization;
using Platform.Host.Api;

namespace Platform.Host.Hosting;

internal static class ApiRegistration
{
    /// Strict JSON (unknown or missing properties are errors that name the property), problem+json for every error,
    /// and the OpenAPI document at /openapi/v1.json.
    public static IServiceCollection AddPlatformApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            o.SerializerOptions.RespectNullableAnnotations = true;
            o.SerializerOptions.RespectRequiredConstructorParameters = true;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        // Binding failures (bad JSON, wrong types) throw in every environment, so ProblemMapping can name the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
            ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<ProblemMapping>();
        services.AddOpenApi();
        return services;
    }
}
