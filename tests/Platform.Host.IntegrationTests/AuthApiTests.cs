using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests;

public sealed class AuthApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Login_with_a_demo_user_returns_a_session_cookie_that_authenticates_later_calls()
    {
        var client = fixture.Host.NewClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "trader1", password = PlatformFactory.DemoPassword }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("platform.session=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/me", Ct);
        Assert.Equal("trader1", me.GetProperty("userName").GetString());
        Assert.Equal(["Trader"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task A_remembered_session_cookie_answers_as_its_own_user_and_a_changed_one_is_refused()
    {
        var trader = await SessionCookieAsync("trader1");
        var approver = await SessionCookieAsync("approver1");
        var raw = fixture.Host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });

        async Task<HttpResponseMessage> MeAsync(string cookie)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/me");
            request.Headers.Add("Cookie", "platform.session=" + cookie);
            return await raw.SendAsync(request, Ct);
        }

        for (var i = 0; i < 2; i++)   // the second time from the remembered ticket
        {
            Assert.Equal("trader1", (await (await MeAsync(trader)).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("userName").GetString());
            Assert.Equal("approver1", (await (await MeAsync(approver)).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("userName").GetString());
        }
        var middle = trader.Length / 2;
        var changed = string.Concat(trader.AsSpan(0, middle), trader[middle] == 'A' ? "B" : "A", trader.AsSpan(middle + 1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(changed)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(trader)).StatusCode);
    }

    private async Task<string> SessionCookieAsync(string userName)
    {
        var response = await fixture.Host.NewClient().PostAsJsonAsync("/api/v1/auth/login", new { userName, password = PlatformFactory.DemoPassword }, Ct);
        response.EnsureSuccessStatusCode();
        var header = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("platform.session=", StringComparison.Ordinal));
        return header["platform.session=".Length..header.IndexOf(';', StringComparison.Ordinal)];
    }

    [Fact]
    public async Task Wrong_password_is_401_problem_and_does_not_reveal_whether_the_user_exists()
    {
        var client = fixture.Host.NewClient();

        var wrong = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "approver1", password = "Wrong1234" }, Ct);
        var unknown = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "nobody", password = "Wrong1234" }, Ct);

        var a = await ProblemAssert.IsProblemAsync(wrong, HttpStatusCode.Unauthorized);
        var b = await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.Unauthorized);
        Assert.Equal(a.GetProperty("detail").GetString(), b.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_password()
    {
        var admin = await PlatformFactory.SignedInAsync(fixture.Host, "admin1");
        var created = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "lockme", displayName = "Lock Me", password = "Right12345", roles = new[] { "Trader" } }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var client = fixture.Host.NewClient();

        for (var i = 0; i < 4; i++)
            await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "lockme", password = "Wrong12345" }, Ct), HttpStatusCode.Unauthorized);
        var fifth = await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "lockme", password = "Wrong12345" }, Ct), HttpStatusCode.Unauthorized);
        var right = await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "lockme", password = "Right12345" }, Ct), HttpStatusCode.Unauthorized);

        Assert.Contains("locked", fifth.GetProperty("detail").GetString());
        Assert.Contains("locked", right.GetProperty("detail").GetString());
        var unlocked = await admin.PostAsync("/api/v1/users/lockme/unlock", null, Ct);
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "lockme", password = "Right12345" }, Ct)).StatusCode);
    }

    [Theory]
    [InlineData("{\"userName\": \"trader1\", \"password\": ", "password")]                   // cut off where the password should be
    [InlineData("{\"userName\": 42, \"password\": \"x\"}", "userName")]                        // wrong type
    [InlineData("{\"userName\": \"trader1\"}", "password")]                                   // missing
    [InlineData("{\"userName\": \"trader1\", \"password\": \"x\", \"role\": \"Admin\"}", "role")] // unknown field
    [InlineData("{\"userName\": \"trader1\", \"password\": null}", "password")]               // null where required
    public async Task Malformed_login_body_is_a_400_problem_naming_the_field(string body, string field)
    {
        var client = fixture.Host.NewClient();

        var response = await client.PostAsync("/api/v1/auth/login", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Too_long_user_name_is_a_400_naming_the_field()
    {
        var response = await fixture.Host.NewClient().PostAsJsonAsync("/api/v1/auth/login", new { userName = new string('a', 65), password = "x" }, Ct);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "userName");
    }

    [Fact]
    public async Task Sql_metacharacters_in_a_user_name_are_only_text()
    {
        var response = await fixture.Host.NewClient().PostAsJsonAsync("/api/v1/auth/login", new { userName = "x' OR '1'='1", password = "' OR 1=1; DROP TABLE administration_users;--" }, Ct);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Host.NewClient().PostAsJsonAsync("/api/v1/auth/login", new { userName = "risk1", password = PlatformFactory.DemoPassword }, Ct)).StatusCode);
    }
}
