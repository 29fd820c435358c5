using Platform.Trading.Contracts.Quotes;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Domain.Quotes;
using Xunit;

namespace Platform.Trading.Tests.Quotes;

/// The rules of a dealer quote, without a database: every problem named by its field.
public sealed class QuoteRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    /// A policy-bank bond on CFETS whose trades are multiples of 1000 万.
    private static readonly BondView Bond = new("250205", "25国开05", "国开行2025年第5期金融债券", BondTypes.PolicyBank, "CDB", "国开行", CouponTypes.Fixed, 0.0185m, 1,
        "ACT/ACT-ICMA", new(2025, 3, 10), new(2035, 3, 10), 400m, 1000m, "AAA", null, "AAA+", null, null, null, null, [new MarketCode(Markets.Cfets, "250205")]);

    private static QuoteEntry Entry(decimal? bid = 1.8525m, decimal? ask = 1.8400m, decimal? bidFace = 5000m, decimal? askFace = 3000m, string? remarks = null) =>
        new(Bond.BondId, bid, ask, bidFace, askFace, remarks);

    private static IReadOnlyDictionary<string, string[]> Problems(QuoteEntry entry, BondView? bond = null) =>
        QuoteRules.Check(entry, bond ?? Bond, Today).ToDictionary();

    [Fact]
    public void A_two_way_quote_a_one_sided_quote_and_a_locked_quote_pass()
    {
        Assert.Empty(Problems(Entry()));
        Assert.Empty(Problems(Entry(ask: null, askFace: null)));
        Assert.Empty(Problems(Entry(bid: null, bidFace: null)));
        Assert.Empty(Problems(Entry(bid: 1.84m, ask: 1.84m)));
        Assert.Empty(Problems(Entry(bid: -0.5m, ask: -0.6m)));   // negative yields happen abroad and on short paper
    }

    [Fact]
    public void A_bid_yield_below_the_ask_yield_is_crossed_and_the_message_says_buyers_want_the_higher_yield()
    {
        using var english = new QuoteTestCulture("en-US");
        var problems = Problems(Entry(bid: 1.8400m, ask: 1.8525m));
        var message = Assert.Single(Assert.Single(problems, p => p.Key == "bidYieldPct").Value);
        Assert.Contains("crossed", message, StringComparison.Ordinal);
        Assert.Contains("buyers want the higher yield", message, StringComparison.Ordinal);
        using var chinese = new QuoteTestCulture("zh-CN");
        Assert.Contains("倒挂", Assert.Single(Problems(Entry(bid: 1.8400m, ask: 1.8525m))["bidYieldPct"]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_needs_a_side_and_each_side_its_yield_and_its_face()
    {
        Assert.Equal(["bidYieldPct"], Problems(Entry(null, null, null, null)).Keys);
        Assert.Equal(["bidFaceWan"], Problems(Entry(bidFace: null)).Keys);
        Assert.Equal(["askYieldPct"], Problems(Entry(ask: null)).Keys);
    }

    [Theory]
    [InlineData(-5.0001, "bidYieldPct")]
    [InlineData(50.0001, "bidYieldPct")]
    [InlineData(1.85255, "bidYieldPct")]   // five decimals: CFETS quotes to 0.01 bp
    public void Yields_out_of_range_or_too_precise_are_refused(double bid, string field) =>
        Assert.Equal([field], Problems(Entry(bid: (decimal)bid, ask: -5m)).Keys);

    [Theory]
    [InlineData(0, "bidFaceWan")]
    [InlineData(-1000, "bidFaceWan")]
    [InlineData(1500, "bidFaceWan")]   // not a multiple of the bond's 1000 万
    public void Faces_must_be_positive_multiples_of_the_bonds_minimum(int face, string field) =>
        Assert.Equal([field], Problems(Entry(bidFace: face)).Keys);

    [Fact]
    public void The_bond_must_exist_trade_on_cfets_and_not_have_matured()
    {
        Assert.Equal(["bondId"], QuoteRules.Check(Entry(), null, Today).ToDictionary().Keys);
        Assert.Equal(["bondId"], Problems(Entry(), Bond with { Codes = [new MarketCode(Markets.Sse, "019750")] }).Keys);
        Assert.Equal(["bondId"], Problems(Entry(), Bond with { MaturityDate = Today }).Keys);
    }

    [Fact]
    public void Remarks_are_at_most_200_characters() =>
        Assert.Equal(["remarks"], Problems(Entry(remarks: new string('备', 201))).Keys);

    [Fact]
    public void Every_problem_is_reported_at_once() =>
        Assert.Equal(["bondId", "bidYieldPct", "askFaceWan", "remarks"],
            QuoteRules.Check(new QuoteEntry("NOPE", 60m, 1.8m, 1000m, -1m, new string('x', 201)), null, Today).ToDictionary().Keys);

    [Theory]
    [InlineData(1.8530, 1.8400, 1.85, -0.35)]
    [InlineData(1.8525, null, 1.85, 0.25)]
    [InlineData(null, 1.84, 1.85, -1.0)]
    public void The_spread_is_the_mid_or_the_one_side_less_the_valuation_in_basis_points(double? bid, double? ask, double valuation, double spreadBp) =>
        Assert.Equal(spreadBp, QuoteFigures.MidSpreadBp((decimal?)bid, (decimal?)ask, valuation));

    [Fact]
    public void A_quote_is_stale_once_its_age_reaches_the_limit_and_its_age_is_never_negative()
    {
        var posted = new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
        Assert.False(QuoteFigures.IsStale(QuoteFigures.Age(posted, posted.AddMinutes(29)), TimeSpan.FromMinutes(30)));
        Assert.True(QuoteFigures.IsStale(QuoteFigures.Age(posted, posted.AddMinutes(30)), TimeSpan.FromMinutes(30)));
        Assert.Equal(TimeSpan.Zero, QuoteFigures.Age(posted, posted.AddSeconds(-2)));
        Assert.Null(QuoteFigures.MidSpreadBp(1.85m, null, null));
    }
}
