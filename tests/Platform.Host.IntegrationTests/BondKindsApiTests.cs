using Platform.Analytics.Schedules;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Analytics.Bonds;
using Platform.Analytics.Indices;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests;

/// POST /api/v1/analytics/bonds/measures with the kinds beyond plain fixed and zero: first stubs, amortising, calls,
/// puts and coupon resets priced to maturity or to exercise, floaters; each answer equal to the library's, and bad
/// terms refused as a 400 naming bond.&lt;field&gt;.
public sealed class BondKindsApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Url = "/api/v1/analytics/bonds/measures";
    private static readonly DateOnly Settlement = new(2025, 11, 26);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> PostAsync(object body)
    {
        var client = await PlatformFactory.SignedInAsync(fixture.Host, "trader1");
        var response = await client.PostAsJsonAsync(Url, body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static void Same(BondMeasures expected, JsonElement answer)
    {
        Assert.Equal(expected.CleanPrice, answer.GetProperty("cleanPrice").GetDouble(), 1e-10);
        Assert.Equal(expected.DirtyPrice, answer.GetProperty("dirtyPrice").GetDouble(), 1e-10);
        Assert.Equal(expected.AccruedInterest, answer.GetProperty("accruedInterest").GetDouble(), 1e-10);
        Assert.Equal(expected.Yield, answer.GetProperty("yield").GetDouble(), 1e-10);
        Assert.Equal(expected.ModifiedDuration, answer.GetProperty("modifiedDuration").GetDouble(), 1e-10);
        Assert.Equal(expected.Dv01, answer.GetProperty("dv01").GetDouble(), 1e-12);
    }

    [Fact]
    public async Task A_fixed_bond_issued_off_its_schedule_gets_a_short_or_long_first_coupon()
    {
        foreach (var (firstCoupon, stub) in new[] { ((string?)null, StubConvention.ShortInitial), ("long", StubConvention.LongInitial) })
        {
            var bond = new { kind = "fixed", couponRate = 0.03, frequency = 2, issueDate = "2025-02-10", maturityDate = "2030-01-01", firstCoupon };

            var answer = await PostAsync(new { bond, settlementDate = "2025-11-26", yield = 0.021 });

            var expected = CouponBond.Fixed(0.03, CouponFrequency.SemiAnnual, new(2025, 2, 10), new(2030, 1, 1), stub: stub).Resolve();
            Same(CashFlowBondPricer.FromYield(expected, Settlement, 0.021).Quoted, answer);
        }
    }

    [Fact]
    public async Task An_amortising_bond_is_priced_per_100_outstanding_both_ways()
    {
        var repayments = new[] { new { date = "2026-03-15", percentOfOriginalFace = 20.0 }, new { date = "2027-03-15", percentOfOriginalFace = 20.0 } };
        var bond = new { kind = "amortising", couponRate = 0.04, frequency = 1, issueDate = "2025-03-15", maturityDate = "2030-03-15", repayments };
        var library = CouponBond.Fixed(0.04, CouponFrequency.Annual, new(2025, 3, 15), new(2030, 3, 15))
            .WithRepayments([new(new(2026, 3, 15), 20), new(new(2027, 3, 15), 20)]).Resolve();
        var settlement = new DateOnly(2026, 9, 15);
        var expected = CashFlowBondPricer.FromYield(library, settlement, 0.03).Quoted;

        var fromYield = await PostAsync(new { bond, settlementDate = "2026-09-15", yield = 0.03 });
        var fromPrice = await PostAsync(new { bond, settlementDate = "2026-09-15", cleanPrice = expected.CleanPrice });

        Same(expected, fromYield);
        Assert.Equal(0.03, fromPrice.GetProperty("yield").GetDouble(), 1e-11);
        Assert.Equal(4.0 * 184 / 365, fromYield.GetProperty("accruedInterest").GetDouble(), 1e-12);   // on 100 outstanding
    }

    [Fact]
    public async Task The_yield_to_a_put_equals_the_yield_of_a_bond_maturing_on_the_exercise_date()
    {
        var options = new[] { new { kind = "put", exerciseDate = "2027-06-01" } };
        var couponResets = new[] { new { date = "2027-06-01", couponRate = 0.035 } };
        var putable = new { kind = "fixed", couponRate = 0.028, frequency = 1, issueDate = "2024-06-01", maturityDate = "2029-06-01", options, couponResets, toExerciseDate = "2027-06-01" };
        var shortBond = new { kind = "fixed", couponRate = 0.028, frequency = 1, issueDate = "2024-06-01", maturityDate = "2027-06-01" };

        var toPut = await PostAsync(new { bond = putable, settlementDate = "2025-11-26", cleanPrice = 100.4 });
        var plain = await PostAsync(new { bond = shortBond, settlementDate = "2025-11-26", cleanPrice = 100.4 });

        Assert.Equal(plain.GetProperty("yield").GetDouble(), toPut.GetProperty("yield").GetDouble(), 1e-11);
        Assert.Equal(plain.GetProperty("dv01").GetDouble(), toPut.GetProperty("dv01").GetDouble(), 1e-12);
        var reset = await PostAsync(new { bond = new { kind = "fixed", couponRate = 0.028, frequency = 1, issueDate = "2024-06-01", maturityDate = "2029-06-01", options, couponResets }, settlementDate = "2025-11-26", cleanPrice = 100.4 });
        Assert.True(reset.GetProperty("yield").GetDouble() > toPut.GetProperty("yield").GetDouble(), "a higher coupon after the reset raises the yield to maturity");
    }

    [Fact]
    public async Task A_floater_takes_its_fixings_from_the_request()
    {
        var fixings = new[] { new { date = "2025-09-12", rate = 0.0158 }, new { date = "2025-11-25", rate = 0.0162 } };
        var bond = new { kind = "floating", index = "SHIBOR-3M", spread = 0.006, cap = 0.05, frequency = 4, issueDate = "2024-03-15", maturityDate = "2027-03-15", fixings };

        var answer = await PostAsync(new { bond, settlementDate = "2025-11-26", yield = 0.021 });

        var history = FixingHistory.Empty.With("SHIBOR-3M", new(2025, 9, 12), 0.0158).With("SHIBOR-3M", new(2025, 11, 25), 0.0162);
        var library = CouponBond.Floating(FloatingCoupon.Of(CnyRateIndices.Shibor3M, 0.006, 0.05), CouponFrequency.Quarterly, new(2024, 3, 15), new(2027, 3, 15))
            .Resolve(history, Settlement);
        Same(CashFlowBondPricer.FromYield(library, Settlement, 0.021).Quoted, answer);
        Assert.Equal(0.0218 * 25 * 72 / 91, answer.GetProperty("accruedInterest").GetDouble(), 1e-12);
    }

    [Fact]
    public async Task A_floater_on_lpr_uses_the_rate_in_force_from_the_request()
    {
        var fixings = new[] { new { date = "2024-07-22", rate = 0.0335 }, new { date = "2024-10-21", rate = 0.0310 } };
        var bond = new { kind = "floating", index = "lpr-1y", spread = -0.002, frequency = 1, issueDate = "2024-08-10", maturityDate = "2029-08-10", dayCount = "ACT/360", fixings };

        var answer = await PostAsync(new { bond, settlementDate = "2024-11-26", yield = 0.03 });

        var library = CouponBond.Floating(FloatingCoupon.Of(CnyRateIndices.Lpr1Y, -0.002), CouponFrequency.Annual, new(2024, 8, 10), new(2029, 8, 10), Platform.Analytics.DayCounts.DayCount.Act360)
            .Resolve(FixingHistory.Empty.With("LPR-1Y", new(2024, 7, 22), 0.0335).With("LPR-1Y", new(2024, 10, 21), 0.0310), new(2024, 11, 26));
        Same(CashFlowBondPricer.FromYield(library, new(2024, 11, 26), 0.03).Quoted, answer);
    }

    public static TheoryData<string, string> BadRequests => new()
    {
        { """{"bond":{"kind":"floating","index":"LIBOR-3M","frequency":4,"issueDate":"2024-03-15","maturityDate":"2027-03-15"},"settlementDate":"2025-11-26","yield":0.02}""", "bond.index" },
        { """{"bond":{"kind":"floating","frequency":4,"issueDate":"2024-03-15","maturityDate":"2027-03-15"},"settlementDate":"2025-11-26","yield":0.02}""", "bond.index" },
        { """{"bond":{"kind":"floating","index":"SHIBOR-3M","couponRate":0.03,"frequency":4,"issueDate":"2024-03-15","maturityDate":"2027-03-15"},"settlementDate":"2025-11-26","yield":0.02}""", "bond.couponRate" },
        { """{"bond":{"kind":"floating","index":"SHIBOR-3M","spread":0.5,"frequency":4,"issueDate":"2024-03-15","maturityDate":"2027-03-15"},"settlementDate":"2025-11-26","yield":0.02}""", "bond.spread" },
        { """{"bond":{"kind":"floating","index":"SHIBOR-3M","frequency":4,"issueDate":"2021-03-15","maturityDate":"2027-03-15"},"settlementDate":"2021-06-01","yield":0.02}""", "bond.fixings" },
        { """{"bond":{"kind":"floating","index":"SHIBOR-3M","frequency":4,"issueDate":"2024-03-15","maturityDate":"2027-03-15","fixings":[{"date":"2025-09-12","rate":1.58}]},"settlementDate":"2025-11-26","yield":0.02}""", "bond.fixings" },
        { """{"bond":{"kind":"amortising","couponRate":0.04,"frequency":1,"issueDate":"2025-03-15","maturityDate":"2030-03-15"},"settlementDate":"2025-11-26","yield":0.02}""", "bond.repayments" },
        { """{"bond":{"kind":"amortising","couponRate":0.04,"frequency":1,"issueDate":"2025-03-15","maturityDate":"2030-03-15","repayments":[{"date":"2026-04-15","percentOfOriginalFace":20}]},"settlementDate":"2025-11-26","yield":0.02}""", "bond.repayments" },
        { """{"bond":{"kind":"fixed","couponRate":0.03,"frequency":1,"issueDate":"2024-06-01","maturityDate":"2029-06-01","options":[{"kind":"swap","exerciseDate":"2027-06-01"}]},"settlementDate":"2025-11-26","yield":0.02}""", "bond.options" },
        { """{"bond":{"kind":"fixed","couponRate":0.03,"frequency":1,"issueDate":"2024-06-01","maturityDate":"2029-06-01","options":[{"kind":"put","exerciseDate":"2027-06-01"}],"toExerciseDate":"2028-06-01"},"settlementDate":"2025-11-26","yield":0.02}""", "bond.toExerciseDate" },
        { """{"bond":{"kind":"fixed","couponRate":0.03,"frequency":1,"issueDate":"2024-06-01","maturityDate":"2029-06-01","couponResets":[{"date":"2027-06-02","couponRate":0.04}]},"settlementDate":"2025-11-26","yield":0.02}""", "bond.couponResets" },
        { """{"bond":{"kind":"fixed","couponRate":0.03,"frequency":2,"issueDate":"2025-02-10","maturityDate":"2030-01-01","firstCoupon":"middle"},"settlementDate":"2025-11-26","yield":0.02}""", "bond.firstCoupon" },
        { """{"bond":{"kind":"fixed","couponRate":0.03,"frequency":1,"issueDate":"2024-06-01","maturityDate":"2029-06-01","index":"SHIBOR-3M"},"settlementDate":"2025-11-26","yield":0.02}""", "bond.index" },
        { """{"bond":{"kind":"fixed","couponRate":0.03,"frequency":1,"issueDate":"2024-06-01","maturityDate":"2029-06-01","options":[{"kind":"put","exerciseDate":"2027-06-01"}],"toExerciseDate":"2027-06-01"},"settlementDate":"2027-06-01","yield":0.02}""", "settlementDate" },
    };

    [Theory, MemberData(nameof(BadRequests))]
    public async Task Bad_terms_are_a_400_naming_the_field(string body, string field)
    {
        var client = await PlatformFactory.SignedInAsync(fixture.Host, "trader1");
        var response = await client.PostAsync(Url, new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    /// FR007 fixings of the weeks before the batch's settlement, as a caller would send them (from the demo history).
    private static object[] RecentFr007 =>
    [
        .. CnyDemoFixings.History.For("FR007").Dates.ToArray().Zip(CnyDemoFixings.History.For("FR007").Rates.ToArray(), (date, rate) => (Date: date, Rate: rate))
            .Where(f => f.Date >= new DateOnly(2025, 10, 1) && f.Date <= new DateOnly(2025, 11, 26))
            .Select(f => new { date = f.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), rate = f.Rate }),
    ];

    [Fact]
    public async Task A_batch_mixes_every_kind_and_keeps_errors_to_their_items()
    {
        var client = await PlatformFactory.SignedInAsync(fixture.Host, "risk1");
        var body = new
        {
            settlementDate = "2025-11-26",
            items = new object[]
            {
                new { id = "stub", bond = new { kind = "fixed", couponRate = 0.03, frequency = 2, issueDate = "2025-02-10", maturityDate = "2030-01-01" }, yield = 0.021 },
                new { id = "amort", bond = new { kind = "amortising", couponRate = 0.04, frequency = 1, issueDate = "2025-03-15", maturityDate = "2030-03-15", repayments = new[] { new { date = "2027-03-15", percentOfOriginalFace = 50.0 } } }, cleanPrice = 101.0 },
                new { id = "frn", bond = new { kind = "floating", index = "FR007", spread = 0.002, frequency = 4, issueDate = "2024-04-18", maturityDate = "2029-04-18", fixings = RecentFr007 }, yield = 0.02 },
                new { id = "bad", bond = new { kind = "floating", index = "FR007", frequency = 4, issueDate = "2024-04-18", maturityDate = "2029-04-18", floor = 0.03, cap = 0.02 }, yield = 0.02 },
            },
        };

        var response = await client.PostAsJsonAsync(Url + ":batch", body, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).EnumerateArray().ToList();
        Assert.All(results.Take(3), r => Assert.True(r.TryGetProperty("measures", out _), r.ToString()));
        Assert.Equal("bond.cap", results[3].GetProperty("error").GetProperty("field").GetString());
    }
}
