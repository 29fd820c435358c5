using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Administration.Api;
using Platform.Administration.Application;
using Platform.Administration.Contracts;
using Platform.Administration.Demo;
using Platform.Administration.Domain;
using Platform.Administration.Persistence;
using Platform.BuildingBlocks.Demo;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Administration;

/// The administration module's public face: local users, sign-in with lock-out, and the audit trail's reading side.
public static class AdministrationModule
{
    public const string Name = "administration";

    public static IServiceCollection AddAdministrationModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddModuleMigrations(Name, typeof(AdministrationModule).Assembly);
        services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.AddSingleton<UserStore>();
        services.AddSingleton<IUserAdministration, UserAdministration>();
        services.AddSingleton<ICredentialValidator, CredentialValidator>();
        services.AddSingleton<IAuditQueries, AuditQueries>();
        services.AddSingleton<IDemoDataSeeder, DemoUsersSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapAdministrationEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapAuthEndpoints();
        api.MapUserEndpoints();
        api.MapAuditEndpoints();
        return app;
    }

    /// The demo logins, for the host to print when the demo profile is on.
    public static IReadOnlyList<(string UserName, string Role)> DemoLogins =>
        DemoUsersSeeder.Users.Select(u => (u.UserName, u.Role)).ToList();
}
