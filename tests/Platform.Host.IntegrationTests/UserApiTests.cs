using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests;

public sealed class UserApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Admin_creates_a_user_who_can_then_sign_in_with_the_given_roles()
    {
        var admin = await PlatformFactory.SignedInAsync(fixture.Host, "admin1");

        var created = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "zhang.san", displayName = "张三", password = "Zs20261126", roles = new[] { "Trader", "Approver" } }, Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var login = await fixture.Host.NewClient().PostAsJsonAsync("/api/v1/auth/login", new { userName = "zhang.san", password = "Zs20261126" }, Ct);
        var session = await login.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("张三", session.GetProperty("displayName").GetString());
        Assert.Equal(["Trader", "Approver"], session.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Invalid_new_user_is_a_400_naming_every_bad_field_and_creates_nothing()
    {
        var admin = await PlatformFactory.SignedInAsync(fixture.Host, "admin1");

        var response = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "x", displayName = "", password = "short", roles = new[] { "Trader", "God" } }, Ct);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "userName");
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("displayName", out _));
        Assert.True(errors.TryGetProperty("password", out _));
        Assert.Contains("God", errors.GetProperty("roles")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/users/x", Ct)).StatusCode);
    }

    [Fact]
    public async Task Validation_messages_are_chinese_by_default_and_english_on_request()
    {
        var admin = await PlatformFactory.SignedInAsync(fixture.Host, "admin1");
        var bad = new { userName = "ok.name", displayName = "好名字", password = "short", roles = new[] { "Trader" } };

        admin.DefaultRequestHeaders.AcceptLanguage.Clear();
        var chinese = await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync("/api/v1/users", bad, Ct), HttpStatusCode.BadRequest, "password");
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var english = await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync("/api/v1/users", bad, Ct), HttpStatusCode.BadRequest, "password");

        Assert.Equal("密码至少 8 个字符", chinese.GetProperty("errors").GetProperty("password")[0].GetString());
        Assert.Equal("请求内容不合法", chinese.GetProperty("title").GetString());
        Assert.Equal("password must be at least 8 characters", english.GetProperty("errors").GetProperty("password")[0].GetString());

        // a bare language, and a preference list, pick the supported culture of that language
        foreach (var header in new[] { "en", "fr-FR, en;q=0.8, zh;q=0.5" })
        {
            admin.DefaultRequestHeaders.AcceptLanguage.Clear();
            admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd(header);
            var bare = await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync("/api/v1/users", bad, Ct), HttpStatusCode.BadRequest, "password");
            Assert.Equal("password must be at least 8 characters", bare.GetProperty("errors").GetProperty("password")[0].GetString());
        }
        admin.DefaultRequestHeaders.AcceptLanguage.Clear();
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-TW, en;q=0.5");
        var traditional = await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync("/api/v1/users", bad, Ct), HttpStatusCode.BadRequest, "password");
        Assert.Equal("密码至少 8 个字符", traditional.GetProperty("errors").GetProperty("password")[0].GetString());
    }

    [Fact]
    public async Task Duplicate_user_name_is_refused_whatever_its_case()
    {
        var admin = await PlatformFactory.SignedInAsync(fixture.Host, "admin1");
        var response = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "TRADER1", displayName = "Copy", password = "Copy123456", roles = new[] { "Trader" } }, Ct);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "userName");
    }

    [Fact]
    public async Task Users_list_pages_and_searches_and_refuses_a_bad_page_size()
    {
        var admin = await PlatformFactory.SignedInAsync(fixture.Host, "admin1");

        var page = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users?page=1&pageSize=3", Ct);
        var search = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users?search=audit", Ct);
        var percent = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users?search=%25", Ct);   // a literal '%', not a wildcard

        Assert.Equal(3, page.GetProperty("items").GetArrayLength());
        Assert.True(page.GetProperty("total").GetInt64() >= 8);
        Assert.Equal(["auditor1"], search.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()));
        Assert.Equal(0, percent.GetProperty("total").GetInt64());
        await ProblemAssert.IsProblemAsync(await admin.GetAsync("/api/v1/users?pageSize=100000", Ct), HttpStatusCode.BadRequest, "pageSize");
        await ProblemAssert.IsProblemAsync(await admin.GetAsync("/api/v1/users?page=abc", Ct), HttpStatusCode.BadRequest, "page");
    }

    [Fact]
    public async Task Deactivated_user_cannot_sign_in()
    {
        var admin = await PlatformFactory.SignedInAsync(fixture.Host, "admin1");
        await admin.PostAsJsonAsync("/api/v1/users", new { userName = "leaver", displayName = "Leaver", password = "Leave12345", roles = new[] { "Trader" } }, Ct);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/v1/users/leaver/deactivate", null, Ct)).StatusCode);

        var login = await fixture.Host.NewClient().PostAsJsonAsync("/api/v1/auth/login", new { userName = "leaver", password = "Leave12345" }, Ct);
        await ProblemAssert.IsProblemAsync(login, HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(await admin.PostAsync("/api/v1/users/ghost/deactivate", null, Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deactivating_a_user_ends_their_open_session()
    {
        var admin = await PlatformFactory.SignedInAsync(fixture.Host, "admin1");
        await admin.PostAsJsonAsync("/api/v1/users", new { userName = "session.end", displayName = "Session End", password = "Sess123456", roles = new[] { "Trader" } }, Ct);
        var user = fixture.Host.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await user.PostAsJsonAsync("/api/v1/auth/login", new { userName = "session.end", password = "Sess123456" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/v1/auth/me", Ct)).StatusCode);

        await admin.PostAsync("/api/v1/users/session.end/deactivate", null, Ct);

        // The fixture checks sessions on every request (SessionRevalidationInterval 0).
        await ProblemAssert.IsProblemAsync(await user.GetAsync("/api/v1/auth/me", Ct), HttpStatusCode.Unauthorized);
    }
}
