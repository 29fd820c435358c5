using Platform.BuildingBlocks.Outbox;
using Xunit;

namespace Platform.BuildingBlocks.IntegrationTests;

public sealed class OrderedEventIdTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 27, 9, 30, 0, 123, TimeSpan.FromHours(8));

    [Fact]
    public void The_same_name_and_time_give_the_same_id_and_another_name_another()
    {
        Assert.Equal(OrderedEventId.For(At, "trade:RATES-TRD-00000001"), OrderedEventId.For(At, "trade:RATES-TRD-00000001"));
        Assert.NotEqual(OrderedEventId.For(At, "trade:RATES-TRD-00000001"), OrderedEventId.For(At, "trade:RATES-TRD-00000002"));
    }

    [Fact]
    public void Ids_sort_as_text_in_the_order_of_their_times_whatever_the_names()
    {
        var names = Enumerable.Range(0, 200).Select(i => $"trade:{Guid.NewGuid():N}-{i}").ToList();
        var ids = names.Select((n, i) => OrderedEventId.For(At.AddMilliseconds(i * 7L + (i % 3)), n).ToString("D")).ToList();
        Assert.Equal(ids, ids.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void The_text_begins_with_the_unix_milliseconds_and_carries_the_version_7_layout()
    {
        var id = OrderedEventId.For(At, "x");
        Assert.Equal(7, id.Version);
        Assert.Equal(0b1000, id.Variant & 0b1100);
        var text = id.ToString("N");
        Assert.Equal(At.ToUnixTimeMilliseconds(), Convert.ToInt64(text[..12], 16));
    }

    [Fact]
    public void A_time_before_1970_or_an_empty_name_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderedEventId.For(new DateTimeOffset(1969, 12, 31, 0, 0, 0, TimeSpan.Zero), "x"));
        Assert.Throws<ArgumentException>(() => OrderedEventId.For(At, ""));
    }
}
