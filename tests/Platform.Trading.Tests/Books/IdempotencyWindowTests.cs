using System.Globalization;
using Platform.Trading.Domain.Books;
using Xunit;

namespace Platform.Trading.Tests.Books;

public sealed class IdempotencyWindowTests
{
    private static IdempotencyWindow Filled(int keys)
    {
        var window = IdempotencyWindow.Empty;
        for (var i = 0; i < keys; i++) window = window.Add(Key(i), "T" + i.ToString(CultureInfo.InvariantCulture), "h");
        return window;
    }

    private static string Key(int i) => "k" + i.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void Below_capacity_it_holds_every_key_and_has_forgotten_none()
    {
        var window = Filled(IdempotencyWindow.Capacity - 1);

        Assert.False(window.MayHaveForgotten);
        Assert.True(window.TryGet(Key(0), out var first));
        Assert.Equal("T0", first.ResultId);
    }

    [Fact]
    public void Past_capacity_it_lets_the_oldest_keys_go_and_says_it_may_have()
    {
        var window = Filled(IdempotencyWindow.Capacity + 5);

        Assert.True(window.MayHaveForgotten);
        Assert.Equal(IdempotencyWindow.Capacity, window.Count);
        Assert.False(window.TryGet(Key(4), out _));
        Assert.True(window.TryGet(Key(5), out var oldestKept));
        Assert.Equal("T5", oldestKept.ResultId);
    }

    [Fact]
    public void A_key_added_again_keeps_its_first_result()
    {
        var window = IdempotencyWindow.Empty.Add("k", "T1", "h1").Add("k", "T2", "h2");

        Assert.Equal(1, window.Count);
        Assert.True(window.TryGet("k", out var seen));
        Assert.Equal(("T1", "h1"), seen);
    }
}
