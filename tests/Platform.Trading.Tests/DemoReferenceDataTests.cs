using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Demo;
using Platform.Trading.Domain.Pricing;
using Platform.Trading.Domain.ReferenceData;
using Xunit;

namespace Platform.Trading.Tests;

/// The demo data is what the issue asks for and passes the same rules as imported data; its valuations are
/// what Analytics gives for their yields.
public sealed class DemoReferenceDataTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 27);

    [Fact]
    public void Two_hundred_bonds_of_every_type_pass_the_bond_rules_with_codes_unique_per_market()
    {
        var bonds = DemoBonds.Build(AsOf);
        Assert.True(bonds.Count >= 200, $"{bonds.Count} bonds");
        Assert.Equal(BondTypes.All.Order(), bonds.Select(b => b.BondType).Distinct().Order());
        foreach (var bond in bonds)
        {
            var problems = new FieldProblems();
            BondRules.Check(bond, problems);
            Assert.False(problems.Any, $"{bond.BondId}: {string.Join("; ", problems.Items.Select(p => p.Field + " " + p.Message))}");
            Assert.Contains(DemoIssuers.All, i => i.IssuerId == bond.IssuerId);
            Assert.True(bond.MaturityDate > AsOf, $"{bond.BondId} matures {bond.MaturityDate}, before the demo date");
        }
        Assert.Equal(bonds.Count, bonds.Select(b => b.BondId).Distinct().Count());
        var codes = bonds.SelectMany(b => b.Codes).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Contains(bonds, b => b.Codes.Count == 3);   // treasuries on all three markets
        Assert.Contains(bonds, b => b.OptionKind == "Put");
        Assert.Contains(bonds, b => b.OptionKind == "Call");
    }

    [Fact]
    public void Fifty_counterparties_and_six_books_pass_their_rules()
    {
        Assert.Equal(50, DemoCounterparties.All.Count);
        foreach (var cp in DemoCounterparties.All)
        {
            var problems = new FieldProblems();
            CounterpartyRules.Check(cp, problems);
            Assert.False(problems.Any, $"{cp.CounterpartyId}: {string.Join("; ", problems.Items.Select(p => p.Message))}");
        }
        Assert.Equal(50, DemoCounterparties.All.Select(c => c.CfetsMemberCode).Distinct().Count());
        Assert.Contains(DemoCounterparties.All, c => c.WhitelistStatus == WhitelistStatuses.Suspended);
        Assert.Contains(DemoCounterparties.All, c => c.RelatedParty);
        var books = DemoBooks.All.Where(n => n.Level == BookLevels.Book).ToList();
        Assert.Equal(6, books.Count);
        Assert.Equal(AccountingClasses.All.Order(), books.Select(b => b.AccountingClass!).Distinct().Order());
        Assert.All(books, b => Assert.Contains(b.Traders, t => t.UserName == "trader1"));
        foreach (var issuer in DemoIssuers.All)
        {
            var problems = new FieldProblems();
            IssuerRules.Check(issuer, problems);
            Assert.False(problems.Any, $"{issuer.IssuerId}: {string.Join("; ", problems.Items.Select(p => p.Message))}");
        }
    }

    [Fact]
    public void Valuations_cover_250_business_days_and_reprice_from_their_yield_through_analytics()
    {
        var bonds = DemoBonds.Build(AsOf);
        var dates = DemoValuations.Window(AsOf.AddDays(-1), 250);
        Assert.Equal(250, dates.Count);
        Assert.Equal(new DateOnly(2026, 11, 26), dates[^1]);
        Assert.All(dates, d => Assert.True(Platform.SharedKernel.Calendars.MarketCalendars.CnInterbank.IsBusinessDay(d)));
        var valuations = DemoValuations.Build(bonds, dates);
        var byId = bonds.ToDictionary(b => b.BondId);
        var counts = valuations.GroupBy(v => v.BondId).ToDictionary(g => g.Key, g => g.Count());
        foreach (var bond in bonds)   // every day the bond was alive, and only those
            Assert.Equal(dates.Count(d => d >= bond.IssueDate && d < bond.MaturityDate), counts.GetValueOrDefault(bond.BondId));
        Assert.True(bonds.Count(b => counts.GetValueOrDefault(b.BondId) == 250) >= 100, "most bonds older than a year have the whole year");
        foreach (var v in valuations.Where((_, i) => i % 37 == 0))
        {
            var bond = byId[v.BondId];
            var toExercise = bond.OptionDate is { } e && v.Date < e;
            var m = PricedBond.Of(bond).FromYield(v.Date, v.Yield, toExercise);
            Assert.Equal(Math.Round(m.CleanPrice, 4), v.CleanPrice, 10);
            Assert.Equal(Math.Round(m.AccruedInterest, 6), v.AccruedInterest, 10);
            Assert.InRange(v.Yield, 0.0005, 0.08);
            Assert.InRange(v.CleanPrice, 60, 140);
        }
        // a day-to-day move of a 10-year treasury is a plausible few basis points
        var tenYear = bonds.First(b => b.BondType == BondTypes.Treasury && b.MaturityDate.Year - AsOf.Year >= 8);
        var series = valuations.Where(v => v.BondId == tenYear.BondId).Select(v => v.Yield).ToList();
        var moves = series.Zip(series.Skip(1), (a, b) => Math.Abs(b - a) * 10_000).ToList();
        Assert.InRange(moves.Average(), 0.3, 6);
    }
}
