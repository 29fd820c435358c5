using Platform.Analytics.DayCounts;
using Platform.Analytics.Indices;
using Platform.SharedKernel;
using Xunit;

namespace Platform.Analytics.Tests;

/// The CNY index catalog read from its data file: every index the issue lists, with its conventions.
public sealed class RateIndexCatalogTests
{
    [Fact]
    public void The_catalog_holds_the_cny_indices_in_file_order()
    {
        Assert.Equal(
            ["SHIBOR-ON", "SHIBOR-1W", "SHIBOR-2W", "SHIBOR-1M", "SHIBOR-3M", "SHIBOR-6M", "SHIBOR-9M", "SHIBOR-1Y",
             "FR001", "FR007", "FR014", "FDR001", "FDR007", "LPR-1Y", "LPR-5Y", "DEPOSIT-1Y", "PRIMENCD-1Y"],
            CnyRateIndices.All.Select(i => i.Name));
        Assert.All(CnyRateIndices.All, i => Assert.Equal("cn-interbank", i.CalendarName));
        Assert.All(CnyRateIndices.All, i => Assert.False(string.IsNullOrWhiteSpace(i.ChineseName)));
    }

    [Theory]
    [InlineData("SHIBOR-3M", RateIndexKind.Ibor, "3M", DayCount.Act360, 1)]
    [InlineData("SHIBOR-ON", RateIndexKind.Ibor, "ON", DayCount.Act360, 1)]
    [InlineData("FR007", RateIndexKind.RepoFixing, "7D", DayCount.Act365Fixed, 1)]
    [InlineData("FDR001", RateIndexKind.RepoFixing, "1D", DayCount.Act365Fixed, 1)]
    [InlineData("LPR-5Y", RateIndexKind.LoanPrimeRate, "5Y", DayCount.Act360, 1)]
    [InlineData("DEPOSIT-1Y", RateIndexKind.DepositRate, "1Y", DayCount.Act360, 1)]
    [InlineData("PRIMENCD-1Y", RateIndexKind.NcdYield, "1Y", DayCount.Act365Fixed, 1)]
    public void Each_index_carries_its_conventions(string name, RateIndexKind kind, string tenor, DayCount dayCount, int lag)
    {
        var index = CnyRateIndices.ByName(name);
        Assert.Equal(kind, index.Kind);
        Assert.Equal(Tenor.Parse(tenor), index.Tenor);
        Assert.Equal(dayCount, index.DayCount);
        Assert.Equal(lag, index.FixingLagBusinessDays);
    }

    [Fact]
    public void The_named_properties_are_the_catalog_entries()
    {
        Assert.Same(CnyRateIndices.ByName("SHIBOR-3M"), CnyRateIndices.Shibor3M);
        Assert.Equal("FR007", CnyRateIndices.Fr007.Name);
        Assert.Equal("FDR007", CnyRateIndices.Fdr007.Name);
        Assert.Equal("LPR-1Y", CnyRateIndices.Lpr1Y.Name);
        Assert.Equal("LPR-5Y", CnyRateIndices.Lpr5Y.Name);
        Assert.Equal("DEPOSIT-1Y", CnyRateIndices.Deposit1Y.Name);
        Assert.Equal("PRIMENCD-1Y", CnyRateIndices.PrimeNcd1Y.Name);
    }

    [Fact]
    public void Names_are_found_in_any_case() => Assert.Same(CnyRateIndices.Shibor3M, CnyRateIndices.ByName(" shibor-3m "));

    [Fact]
    public void An_unknown_name_is_refused_listing_the_known_ones()
    {
        var error = Assert.Throws<DomainException>(() => CnyRateIndices.ByName("LIBOR-3M"));
        Assert.Equal("index", error.Field);
        Assert.Contains("FR007", error.Message);
    }

    [Fact]
    public void Step_rates_are_the_monthly_and_notice_published_ones()
    {
        Assert.True(CnyRateIndices.Lpr1Y.IsStepRate);
        Assert.True(CnyRateIndices.Deposit1Y.IsStepRate);
        Assert.False(CnyRateIndices.Shibor3M.IsStepRate);
        Assert.False(CnyRateIndices.Fr007.IsStepRate);
    }

    [Theory]
    [InlineData("", "name")]
    [InlineData("X", "fixingLag")]
    public void A_rate_index_refuses_bad_terms(string name, string field)
    {
        var lag = field == "fixingLag" ? -1 : 1;
        var error = Assert.Throws<DomainException>(() => new RateIndex(name, "", RateIndexKind.Ibor, Tenor.OfMonths(3), DayCount.Act360, lag, "cn-interbank"));
        Assert.Equal(field, error.Field);
    }
}
