using Platform.Administration.Contracts;
using Platform.Administration.Domain;
using Platform.BuildingBlocks.Validation;
using Xunit;

namespace Platform.Administration.Tests;

public sealed class UserRulesTests
{
    private static CreateUserRequest Valid => new("li.si", "李四", "Ls20261126", [PlatformRoles.Trader]);

    [Fact]
    public void A_valid_request_passes() => UserRules.ValidateNew(Valid);

    [Theory]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData(".starts-with-dot")]
    [InlineData("has space")]
    [InlineData("中文名")]
    [InlineData("x';DROP TABLE administration_users;--")]
    public void Bad_user_names_are_refused_naming_the_field(string userName)
    {
        var error = Assert.Throws<ValidationFailedException>(() => UserRules.ValidateNew(Valid with { UserName = userName }));
        Assert.Equal(["userName"], error.Errors.Keys);
    }

    [Fact]
    public void User_name_of_65_characters_is_refused() =>
        Assert.Throws<ValidationFailedException>(() => UserRules.ValidateNew(Valid with { UserName = new string('a', 65) }));

    [Theory]
    [InlineData("short1")]
    [InlineData("onlyletters")]
    [InlineData("1234567890")]
    public void Weak_passwords_are_refused(string password) =>
        Assert.Equal(["password"], Assert.Throws<ValidationFailedException>(() => UserRules.ValidateNew(Valid with { Password = password })).Errors.Keys);

    [Fact]
    public void Unknown_or_missing_roles_are_refused()
    {
        Assert.Contains("Superuser", Assert.Throws<ValidationFailedException>(() => UserRules.ValidateNew(Valid with { Roles = ["Superuser"] })).Errors["roles"][0]);
        Assert.Throws<ValidationFailedException>(() => UserRules.ValidateNew(Valid with { Roles = [] }));
        Assert.Throws<ValidationFailedException>(() => UserRules.ValidateNew(Valid with { Roles = ["trader"] }));   // role names are exact
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var error = Assert.Throws<ValidationFailedException>(() => UserRules.ValidateNew(new CreateUserRequest("x", "", "pw", ["Nobody"])));
        Assert.Equal(["displayName", "password", "roles", "userName"], error.Errors.Keys.Order());
    }

    [Fact]
    public void Display_name_with_control_characters_is_refused() =>
        Assert.Throws<ValidationFailedException>(() => UserRules.ValidateNew(Valid with { DisplayName = "bad\u0007name" }));

    [Fact]
    public void User_names_compare_without_case() => Assert.Equal(UserRules.Normalize(" Trader1 "), UserRules.Normalize("trader1"));
}
