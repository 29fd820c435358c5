using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Administration.Application;
using Platform.Administration.Contracts;
using Platform.Administration.Domain;
using Platform.BuildingBlocks.Validation;

namespace Platform.Administration.Api;

/// Sign-in for API clients: the answer sets the same session cookie the portal uses.
internal static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");
        auth.MapPost("/login", LoginAsync).AllowAnonymous()
            .WithSummary("Signs in with a user name and password; answers with a session cookie.");
        auth.MapPost("/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.NoContent();
        }).RequireAuthorization();
        auth.MapGet("/me", (ClaimsPrincipal user) => TypedResults.Ok(SessionOf(user))).RequireAuthorization();
        return api;
    }

    private static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> LoginAsync(
        LoginRequest request, ICredentialValidator validator, HttpContext http, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.UserName)) errors["userName"] = ["user name is required"];
        else if (request.UserName.Length > 64) errors["userName"] = ["user name must be at most 64 characters"];
        if (string.IsNullOrEmpty(request.Password)) errors["password"] = ["password is required"];
        else if (request.Password.Length > UserRules.MaxPasswordLength) errors["password"] = [$"password must be at most {UserRules.MaxPasswordLength} characters"];
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        var result = await validator.ValidateAsync(request.UserName, request.Password, http.Connection.RemoteIpAddress?.ToString(), ct);
        if (!result.Succeeded)
        {
            var detail = result.Outcome switch
            {
                SignInOutcome.LockedOut => $"the account is locked after too many failed sign-ins until {result.LockedUntil:u}",
                SignInOutcome.Inactive => "the account is deactivated",
                _ => "user name or password is wrong",
            };
            return TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
        }
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, result.Principal!);
        return TypedResults.Ok(SessionOf(result.Principal!));
    }

    internal static SessionResponse SessionOf(ClaimsPrincipal user) => new(
        user.Identity?.Name ?? "",
        user.FindFirstValue(PlatformClaims.DisplayName) ?? user.Identity?.Name ?? "",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList());
}
