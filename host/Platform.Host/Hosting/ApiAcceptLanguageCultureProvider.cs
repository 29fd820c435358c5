using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace Platform.Host.Hosting;

/// Lets API clients (paths under /api) choose the language of messages with Accept-Language; portal pages ignore it.
/// A bare language counts as its supported culture (<c>en</c> is en-US, <c>zh</c> or <c>zh-TW</c> zh-CN), in the
/// header's order of preference: a script sending <c>Accept-Language: en</c> expects English.
internal sealed class ApiAcceptLanguageCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        if (!httpContext.Request.Path.StartsWithSegments("/api")) return NullProviderCultureResult;
        var languages = httpContext.Request.GetTypedHeaders().AcceptLanguage.Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1);   // a stable sort: equal qualities keep the header's order
        foreach (var language in languages)
        {
            var tag = language.Value.Value ?? "";
            var match = LocalizationRegistration.Cultures.FirstOrDefault(c =>
                tag.StartsWith(c.TwoLetterISOLanguageName, StringComparison.OrdinalIgnoreCase) && (tag.Length == 2 || tag[2] == '-'));
            if (match is not null) return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(match.Name));
        }
        return NullProviderCultureResult;
    }
}
