using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel.Calendars;
using Platform.Trading.Application.Desk;
using Platform.Trading.Contracts.Derivatives;
using Platform.Trading.Contracts.ReferenceData;
using Xunit;

namespace Platform.Trading.Tests.Derivatives;

public sealed class SwapValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);   // a Friday, an inter-bank business day

    private static readonly ReferenceCache.Snapshot Data = new(
        new Dictionary<string, (BondView, Platform.Trading.Domain.Pricing.PricedBond)>(),
        new Dictionary<string, CounterpartyView> { ["ICBC"] = new("ICBC", "中国工商银行", "工商银行", "100001", "Bank", "Whitelisted", 5_000_000m, false, []) },
        new Dictionary<string, BookNodeView>
        {
            ["RATES-TRD"] = new("RATES-TRD", "RATES-DESK", BookLevels.Book, "利率交易账簿", AccountingClasses.Fvtpl, true, []),
            ["RATES-DESK"] = new("RATES-DESK", "FICC", BookLevels.Desk, "利率交易台", null, false, []),
        },
        DateTimeOffset.UnixEpoch);

    private static SwapRequest Fr007FiveYears() => new("FR007", "Payer", 10_000m, 1.85m, Tenor: "5Y", CounterpartyId: "ICBC", BookId: "RATES-TRD", TradeDate: Today);

    [Fact]
    public void A_five_year_FR007_payer_starts_the_next_business_day_and_pays_quarterly_to_its_end()
    {
        var terms = SwapValidator.Validate(Fr007FiveYears(), Data, Today).Terms;

        var calendar = MarketCalendars.CnInterbank;
        Assert.Equal(calendar.NextBusinessDay(Today), terms.EffectiveDate);   // spot is T+1
        Assert.Equal(terms.EffectiveDate.AddYears(5), terms.TerminationDate);
        Assert.Equal(20, terms.Periods);                                       // 5 years of quarters
        // 2027-02-28 and 2031-11-30 are Sundays: modified following goes back to the Friday, not into the next month
        Assert.Equal(new DateOnly(2027, 2, 26), terms.FirstPaymentDate);
        Assert.Equal(new DateOnly(2031, 11, 28), terms.MaturityDate);
        Assert.StartsWith("cn-interbank+projected", terms.ScheduleCalendar);
        Assert.Equal(("FR007", "FR007", "Payer", "7D"), (terms.Convention, terms.FloatingIndex, terms.Direction, terms.FloatingResetTenor));
        Assert.Equal(100_000_000m, terms.NotionalYuan);
        Assert.Equal(0.0185, terms.FixedRate, 12);
        Assert.Equal((3, 3), (terms.FixedPaymentMonths, terms.FloatingPaymentMonths));
        Assert.Equal("SHCH", terms.ClearingHouse);
    }

    [Fact]
    public void The_standard_swap_on_PrimeNCD_takes_explicit_dates_and_resets_on_the_one_year_rate()
    {
        var request = new SwapRequest("primencd-1y", "Receiver", 5_000m, 1.70m, EffectiveDate: new(2026, 12, 1), TerminationDate: new(2027, 12, 1),
            SpreadBp: 5, CounterpartyId: "ICBC", BookId: "RATES-TRD", TradeDate: Today);

        var terms = SwapValidator.Validate(request, Data, Today).Terms;

        Assert.Equal(("PRIMENCD-1Y", "Receiver", "1Y", 4), (terms.Convention, terms.Direction, terms.FloatingResetTenor, terms.Periods));
        Assert.Equal(0.0005, terms.Spread, 12);
        Assert.Equal(new DateOnly(2026, 12, 1), terms.EffectiveDate);
    }

    [Fact]
    public void Every_bad_field_is_named_at_once()
    {
        var request = new SwapRequest("FR014", "Pay", 0m, 60m, Tenor: "7D", SpreadBp: 2_500, CounterpartyId: "NOPE", BookId: "RATES-DESK",
            TradeDate: Today.AddDays(3), CfetsDealNumber: new string('9', 41));

        var error = Assert.Throws<ValidationFailedException>(() => SwapValidator.Validate(request, Data, Today));

        Assert.Equal(["bookId", "cfetsDealNumber", "convention", "counterpartyId", "direction", "fixedRatePct", "notionalWan", "spreadBp", "tenor", "tradeDate"],
            error.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("FR007", error.Errors["convention"][0]);   // the message lists what is allowed
    }

    [Fact]
    public void A_tenor_and_dates_together_or_dates_in_the_wrong_order_are_refused()
    {
        var both = Fr007FiveYears() with { EffectiveDate = new(2026, 12, 1), TerminationDate = new(2027, 12, 1) };
        Assert.Equal(["tenor"], Assert.Throws<ValidationFailedException>(() => SwapValidator.Validate(both, Data, Today)).Errors.Keys);

        var backwards = Fr007FiveYears() with { Tenor = null, EffectiveDate = new(2027, 12, 1), TerminationDate = new(2026, 12, 1) };
        Assert.Equal(["terminationDate"], Assert.Throws<ValidationFailedException>(() => SwapValidator.Validate(backwards, Data, Today)).Errors.Keys);

        var beforeTrade = Fr007FiveYears() with { Tenor = null, EffectiveDate = new(2026, 11, 20), TerminationDate = new(2027, 11, 20) };
        Assert.Equal(["effectiveDate"], Assert.Throws<ValidationFailedException>(() => SwapValidator.Validate(beforeTrade, Data, Today)).Errors.Keys);
    }

    [Fact]
    public void A_trade_date_on_a_holiday_is_refused()
    {
        var onNationalDay = Fr007FiveYears() with { TradeDate = new(2026, 10, 1) };

        Assert.Equal(["tradeDate"], Assert.Throws<ValidationFailedException>(() => SwapValidator.Validate(onNationalDay, Data, Today)).Errors.Keys);
    }
}
