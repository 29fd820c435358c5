using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Platform.Host.Hosting;

internal static class LocalizationRegistration
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en-US")];

    /// zh-CN by default; en-US when the user switches (the culture cookie), or when an API client asks for it with
    /// Accept-Language. Browsers' Accept-Language is not followed for the portal: its users expect Chinese first.
    public static IServiceCollection AddPlatformLocalization(this IServiceCollection services) =>
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new ApiAcceptLanguageCultureProvider()];
        });
}
