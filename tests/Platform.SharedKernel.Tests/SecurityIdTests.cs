using Platform.SharedKernel;
using Xunit;

namespace Platform.SharedKernel.Tests;

public sealed class SecurityIdTests
{
    [Theory]
    [InlineData("SSE:019547", SecurityIdScheme.Sse, "019547")]
    [InlineData("SZSE:000001", SecurityIdScheme.Szse, "000001")]
    [InlineData("BSE:830799", SecurityIdScheme.Bse, "830799")]
    [InlineData("CFETS:220210", SecurityIdScheme.Cfets, "220210")]
    [InlineData("CFETS:2028034", SecurityIdScheme.Cfets, "2028034")]
    [InlineData("CFETS:112303001", SecurityIdScheme.Cfets, "112303001")]
    [InlineData("ISIN:US0378331005", SecurityIdScheme.Isin, "US0378331005")]
    [InlineData("ISIN:AU0000XVGZA3", SecurityIdScheme.Isin, "AU0000XVGZA3")]
    [InlineData("ISIN:CNE1000002H1", SecurityIdScheme.Isin, "CNE1000002H1")]
    public void Parses_and_writes_back_the_same_text(string text, SecurityIdScheme scheme, string code)
    {
        var id = SecurityId.Parse(text);

        Assert.Equal(scheme, id.Scheme);
        Assert.Equal(code, id.Code);
        Assert.Equal(text, id.ToString());
        Assert.Equal(SecurityId.Of(scheme, code), id);
        Assert.True(SecurityId.TryParse(text, out var parsed));
        Assert.Equal(id, parsed);
    }

    [Fact]
    public void Scheme_name_is_read_in_any_case_and_written_in_upper_case()
    {
        Assert.Equal("SSE:019547", SecurityId.Parse("sse:019547").ToString());
    }

    [Fact]
    public void The_same_code_at_two_venues_is_two_ids()
    {
        Assert.NotEqual(SecurityId.Parse("SSE:019547"), SecurityId.Parse("SZSE:019547"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("019547")]
    [InlineData("XSHG:019547")]
    [InlineData(":019547")]
    [InlineData("SSE:")]
    [InlineData("SSE:19547")]
    [InlineData("SSE:0195470")]
    [InlineData("SSE:01954A")]
    [InlineData("SSE: 019547")]
    [InlineData("SZSE:00000１")]
    [InlineData("BSE:83079")]
    [InlineData("CFETS:12345")]
    [InlineData("CFETS:1234567890123")]
    [InlineData("CFETS:22021a")]
    [InlineData("CFETS:2202-10")]
    [InlineData("ISIN:US0378331006")]
    [InlineData("ISIN:us0378331005")]
    [InlineData("ISIN:US037833100")]
    [InlineData("ISIN:US03783310055")]
    [InlineData("ISIN:1S0378331005")]
    [InlineData("ISIN:US037833100X")]
    public void Malformed_ids_are_refused(string text)
    {
        var e = Assert.Throws<DomainException>(() => SecurityId.Parse(text));

        Assert.Equal("securityId", e.Field);
        Assert.False(SecurityId.TryParse(text, out _));
    }

    [Fact]
    public void A_mistyped_ISIN_is_refused_by_its_check_digit()
    {
        var e = Assert.Throws<DomainException>(() => SecurityId.Of(SecurityIdScheme.Isin, "US0378331006"));

        Assert.Equal("code", e.Field);
        Assert.Contains("check digit", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Building_with_an_unknown_scheme_or_a_null_code_is_refused()
    {
        Assert.Equal("scheme", Assert.Throws<DomainException>(() => SecurityId.Of((SecurityIdScheme)99, "019547")).Field);
        Assert.Equal("code", Assert.Throws<DomainException>(() => SecurityId.Of(SecurityIdScheme.Sse, null!)).Field);
        Assert.False(SecurityId.TryParse(null, out _));
    }
}
