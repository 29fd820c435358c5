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
    public void Until_a_full_generation_is_let_go_it_holds_every_key_and_has_forgotten_none()
    {
        var window = Filled(2 * IdempotencyWindow.Generation);

        Assert.False(window.MayHaveForgotten);
        Assert.Equal(2 * IdempotencyWindow.Generation, window.Count);
        Assert.True(window.TryGet(Key(0), out var first));
        Assert.Equal("T0", first.ResultId);
    }

    [Fact]
    public void Past_two_generations_it_lets_the_oldest_go_keeps_at_least_the_last_generation_and_says_it_may_have_forgotten()
    {
        const int added = 2 * IdempotencyWindow.Generation + 5;
        var window = Filled(added);

        Assert.True(window.MayHaveForgotten);
        Assert.False(window.TryGet(Key(0), out _));
        for (var i = added - IdempotencyWindow.Generation; i < added; i++) Assert.True(window.TryGet(Key(i), out _), Key(i));
        Assert.InRange(window.Count, IdempotencyWindow.Generation, 2 * IdempotencyWindow.Generation);
    }

    [Fact]
    public void A_restored_window_holds_the_same_keys_and_remembers_that_it_forgot()
    {
        var window = Filled(2 * IdempotencyWindow.Generation + 5);
        var restored = IdempotencyWindow.Restore(window.Entries(), window.MayHaveForgotten);

        Assert.True(restored.MayHaveForgotten);
        Assert.Equal(window.Count, restored.Count);
        Assert.All(window.Entries(), e => Assert.True(restored.TryGet(e.Key, out var r) && r == (e.ResultId, e.RequestHash)));
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
