using Microsoft.AspNetCore.Localization;

namespace Platform.Host.Hosting;

/// Lets API clients (paths under /api) choose the language of messages with Accept-Language; portal pages ignore it.
internal sealed class ApiAcceptLanguageCultureProvider : RequestCultureProvider
{
    private readonly AcceptLanguageHeaderRequestCultureProvider _header = new();

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        httpContext.Request.Path.StartsWithSegments("/api")
            ? _header.DetermineProviderCultureResult(httpContext)
            : NullProviderCultureResult;
}
