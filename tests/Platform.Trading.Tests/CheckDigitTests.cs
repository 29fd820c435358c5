using Platform.Trading.Domain.ReferenceData;
using Xunit;

namespace Platform.Trading.Tests;

/// ISIN and unified social credit code check characters, against published examples and single-character changes.
public sealed class CheckDigitTests
{
    [Theory]
    [InlineData("US0378331005")]   // Apple Inc., the ISO 6166 textbook example
    [InlineData("AU0000XVGZA3")]   // a letter-heavy body
    [InlineData("GB0002634946")]
    public void Published_isins_are_valid(string isin) => Assert.True(IsinRules.IsValid(isin));

    [Theory]
    [InlineData("US0378331006")]   // wrong check digit
    [InlineData("US037833100")]    // too short
    [InlineData("us0378331005")]   // lower case country
    public void Broken_isins_are_refused(string isin) => Assert.False(IsinRules.IsValid(isin));

    [Fact]
    public void A_completed_isin_is_valid_and_any_changed_body_digit_breaks_it()
    {
        var isin = IsinRules.Complete("CND10004567");
        Assert.True(IsinRules.IsValid(isin));
        for (var i = 3; i < 11; i++)
        {
            var changed = isin.ToCharArray();
            changed[i] = changed[i] == '9' ? '0' : (char)(changed[i] + 1);
            Assert.False(IsinRules.IsValid(new string(changed)), $"changing position {i} of {isin} should break the check digit");
        }
    }

    [Theory]
    [InlineData("91350100M000100Y43")]   // the example printed in GB 32100-2015's commentary
    public void Valid_credit_codes_pass(string code)
    {
        Assert.Equal(code[17], CreditCodeRules.CheckCharacter(code[..17]));
        Assert.True(CreditCodeRules.IsValid(code));
    }

    [Theory]
    [InlineData("91350100M000100Y44")]   // wrong check character
    [InlineData("91350100I000100Y43")]   // I is not in the alphabet
    [InlineData("9135010")]
    public void Broken_credit_codes_are_refused(string code) => Assert.False(CreditCodeRules.IsValid(code));
}
