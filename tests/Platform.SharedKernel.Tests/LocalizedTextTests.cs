using System.Globalization;
using Xunit;

namespace Platform.SharedKernel.Tests;

public sealed class LocalizedTextTests
{
    private static readonly LocalizedText Required = new("请输入密码", "password is required");

    [Theory]
    [InlineData("zh-CN", "请输入密码")]
    [InlineData("zh-Hans", "请输入密码")]
    [InlineData("zh-HK", "请输入密码")]
    [InlineData("en-US", "password is required")]
    [InlineData("en-GB", "password is required")]
    [InlineData("", "password is required")]   // invariant: operators' tools and logs
    public void Chinese_cultures_read_chinese_and_all_others_english(string culture, string expected) =>
        Assert.Equal(expected, Required.In(CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void Current_follows_the_ui_culture_of_the_caller()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            Assert.Equal("请输入密码", Required.Current);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            Assert.Equal("password is required", Required.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
