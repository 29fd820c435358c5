using System.Net;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests;

/// Deny by default: every endpoint needs a signed-in user, and role-bound ones the role.
public sealed class AuthorizationTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/v1/users")]
    [InlineData("/api/v1/audit")]
    [InlineData("/api/v1/audit/verify")]
    [InlineData("/api/v1/auth/me")]
    public async Task Api_without_a_session_is_401_problem(string path) =>
        await ProblemAssert.IsProblemAsync(await fixture.Host.NewClient().GetAsync(path, Ct), HttpStatusCode.Unauthorized);

    [Theory]
    [InlineData("trader1", "/api/v1/users")]
    [InlineData("auditor1", "/api/v1/users")]
    [InlineData("trader1", "/api/v1/audit/verify")]
    [InlineData("admin1", "/api/v1/audit")]
    public async Task Api_for_another_role_is_403_problem(string user, string path)
    {
        var client = await PlatformFactory.SignedInAsync(fixture.Host, user);
        await ProblemAssert.IsProblemAsync(await client.GetAsync(path, Ct), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/metrics")]
    public async Task Health_and_the_api_document_are_open(string path) =>
        Assert.Equal(HttpStatusCode.OK, (await fixture.Host.NewClient().GetAsync(path, Ct)).StatusCode);

    [Fact]
    public async Task A_portal_page_without_a_session_redirects_to_sign_in()
    {
        var response = await fixture.Host.NewClient().GetAsync("/admin/users", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }
}
