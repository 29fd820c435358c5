using Platform.Analytics.DayCounts;
using Platform.SharedKernel;

namespace Platform.Analytics.Swaps;

/// The CNY swap conventions of the inter-bank market (CFETS / SHCH). SHIBOR 3M and FR007 follow the CFETS standard
/// terms; LPR 1Y and the SHCH standard swap on 1Y PrimeNCD pay quarterly against a one-year rate fixed before each
/// period (see the module README for the terms we assume where the market documents differ).
public static class CnySwapConventions
{
    /// Fixed quarterly ACT/365F against SHIBOR 3M quarterly ACT/360, fixing T−1.
    public static readonly SwapConvention Shibor3M = new("SHIBOR-3M", 3, DayCount.Act365Fixed,
        new FloatingLegConvention("SHIBOR-3M", Tenor.OfMonths(3), FloatingRateStyle.TermRate, DayCount.Act360, 3, 1));

    /// Fixed quarterly ACT/365F against FR007 reset every 7 days (fixing T−1) and compounded quarterly, ACT/365F.
    public static readonly SwapConvention Fr007 = new("FR007", 3, DayCount.Act365Fixed,
        new FloatingLegConvention("FR007", Tenor.OfDays(7), FloatingRateStyle.CompoundedRepo, DayCount.Act365Fixed, 3, 1));

    /// Fixed quarterly ACT/365F against LPR 1Y fixed T−1 before each quarterly period, ACT/360.
    public static readonly SwapConvention Lpr1Y = new("LPR-1Y", 3, DayCount.Act365Fixed,
        new FloatingLegConvention("LPR-1Y", Tenor.OfYears(1), FloatingRateStyle.IndexTenorRate, DayCount.Act360, 3, 1));

    /// SHCH standard swap on 1Y PrimeNCD: fixed quarterly ACT/365F against the 1Y PrimeNCD rate fixed T−1 before each
    /// quarterly period, ACT/365F.
    public static readonly SwapConvention PrimeNcd1Y = new("PRIMENCD-1Y", 3, DayCount.Act365Fixed,
        new FloatingLegConvention("PRIMENCD-1Y", Tenor.OfYears(1), FloatingRateStyle.IndexTenorRate, DayCount.Act365Fixed, 3, 1));

    public static IReadOnlyList<SwapConvention> All { get; } = [Shibor3M, Fr007, Lpr1Y, PrimeNcd1Y];

    public static SwapConvention ByName(string? name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new DomainException($"unknown swap convention '{name}'; use one of {string.Join(", ", All.Select(c => c.Name))}", "convention");
}
