using Platform.SharedKernel;
using Xunit;

namespace Platform.SharedKernel.Tests;

public sealed class DomainExceptionTests
{
    [Fact]
    public void Carries_the_message_and_the_offending_field()
    {
        var e = new DomainException("face amount must be positive", "faceAmount");

        Assert.Equal("face amount must be positive", e.Message);
        Assert.Equal("faceAmount", e.Field);
    }

    [Fact]
    public void Field_is_null_when_no_single_input_is_to_blame()
    {
        Assert.Null(new DomainException("currencies differ").Field);
    }
}
