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
using Platform.SharedKernel;

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
        if (string.IsNullOrWhiteSpace(request.UserName)) errors["userName"] = [new LocalizedText("请输入用户名", "user name is required").Current];
        else if (request.UserName.Length > 64) errors["userName"] = [new LocalizedText("用户名最多 64 个字符", "user name must be at most 64 characters").Current];
        if (string.IsNullOrEmpty(request.Password)) errors["password"] = [new LocalizedText("请输入密码", "password is required").Current];
        else if (request.Password.Length > UserRules.MaxPasswordLength)
            errors["password"] = [new LocalizedText($"密码最多 {UserRules.MaxPasswordLength} 个字符", $"password must be at most {UserRules.MaxPasswordLength} characters").Current];
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        var result = await validator.ValidateAsync(request.UserName, request.Password, http.Connection.RemoteIpAddress?.ToString(), ct);
        if (!result.Succeeded)
        {
            var detail = result.Outcome switch
            {
                SignInOutcome.LockedOut => new LocalizedText($"登录失败次数过多，账户已锁定至 {result.LockedUntil:u}",
                    $"the account is locked after too many failed sign-ins until {result.LockedUntil:u}"),
                SignInOutcome.Inactive => new LocalizedText("账户已停用", "the account is deactivated"),
                _ => new LocalizedText("用户名或密码错误", "user name or password is wrong"),
            };
            return TypedResults.Problem(detail.Current, statusCode: StatusCodes.Status401Unauthorized, title: new LocalizedText("登录失败", "Sign-in failed").Current);
        }
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, result.Principal!);
        return TypedResults.Ok(SessionOf(result.Principal!));
    }

    internal static SessionResponse SessionOf(ClaimsPrincipal user) => new(
        user.Identity?.Name ?? "",
        user.FindFirstValue(PlatformClaims.DisplayName) ?? user.Identity?.Name ?? "",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList());
}
