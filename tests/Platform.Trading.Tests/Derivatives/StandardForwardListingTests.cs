using Platform.SharedKernel.Calendars;
using Platform.Trading.Domain.Derivatives;
using Xunit;

namespace Platform.Trading.Tests.Derivatives;

/// The contracts open on a day: quarterly months whose last trading day has not passed, the second Friday moved back
/// over holidays, delivery the next inter-bank business day (a make-up working Sunday counts).
public sealed class StandardForwardListingTests
{
    private static readonly BusinessCalendar Calendar = MarketCalendars.CnInterbankProjected;

    [Fact]
    public void The_next_three_quarterly_months_are_listed_for_each_product()
    {
        var listed = StandardForwardListing.OpenOn(new DateOnly(2026, 11, 27), Calendar);
        Assert.Equal(["CDB10_2612", "CDB10_2703", "CDB10_2706"], listed.Where(c => c.Product == "CDB10").Select(c => c.Code));
        Assert.Equal(9, listed.Count);
        var december = listed.Single(c => c.Code == "CDB3_2612");
        Assert.Equal((new DateOnly(2026, 12, 11), new DateOnly(2026, 12, 14)), (december.LastTradingDay, december.DeliveryDate));   // Friday → Monday
        Assert.All(listed, c => Assert.Equal((3m, 1), (c.NotionalCouponPct, c.CouponsPerYear)));
    }

    [Fact]
    public void A_contract_drops_off_the_day_after_its_last_trading_day()
    {
        Assert.Contains(StandardForwardListing.OpenOn(new DateOnly(2026, 12, 11), Calendar), c => c.Code == "CDB5_2612");
        var after = StandardForwardListing.OpenOn(new DateOnly(2026, 12, 14), Calendar);
        Assert.DoesNotContain(after, c => c.Code == "CDB5_2612");
        Assert.Equal(["CDB5_2703", "CDB5_2706", "CDB5_2709"], after.Where(c => c.Product == "CDB5").Select(c => c.Code));
    }

    [Fact]
    public void A_holiday_on_the_second_Friday_moves_the_last_trading_day_back_and_delivery_may_fall_on_a_working_Sunday()
    {
        // Dragon Boat 2016: 9 and 10 June (Thursday, Friday) off, Sunday 12 June a working day
        var june = StandardForwardListing.OpenOn(new DateOnly(2016, 6, 1), MarketCalendars.CnInterbank).Single(c => c.Code == "CDB10_1606");
        Assert.Equal(new DateOnly(2016, 6, 8), june.LastTradingDay);
        Assert.Equal(new DateOnly(2016, 6, 12), june.DeliveryDate);
    }
}
