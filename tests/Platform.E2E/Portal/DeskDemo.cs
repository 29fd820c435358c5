using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Paging;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;
using Platform.Trading.Contracts.ReferenceData;

namespace Platform.E2E.Portal;

/// What the ticket tests trade, from the demo set: a policy-bank bond valued before today with years to run (each
/// test its own, so that one test's trades never move another's figures), with ICBC in RATES-TRD, where trader1 may
/// carry 100,000 万 a ticket.
public static class DeskDemo
{
    public const string Book = "RATES-TRD";
    public const string Counterparty = "ICBC";
    public const string CounterpartySearch = "ICBC";
    public const string CounterpartyLabel = "工商银行 ICBC";

    private static DateOnly Today => ((IClock)SystemClock.Instance).Today();

    /// The next inter-bank business day: every check passes for it whatever the time of the run (a ticket for today
    /// only warns outside the trading sessions, and fails after the last one).
    public static DateOnly TradeDate => MarketCalendars.CnInterbank.NextBusinessDay(Today);

    /// The policy-bank bond number <paramref name="index"/> among those with a valuation and three years or more left.
    public static async Task<BondView> PolicyBankBondAsync(IServiceProvider services, int index)
    {
        var reference = services.GetRequiredService<IReferenceData>();
        var today = Today;
        var bonds = await reference.ListBondsAsync(new BondQuery(BondTypes.PolicyBank), PageRequest.Of(1, 100), TestContext.Current.CancellationToken);
        var usable = new List<BondView>();
        foreach (var bond in bonds.Items.Where(b => b.MaturityDate >= today.AddYears(3)).OrderBy(b => b.BondId, StringComparer.Ordinal))
            if (await reference.ValuationOnOrBeforeAsync(bond.BondId, today.AddDays(-1), TestContext.Current.CancellationToken) is not null)
                usable.Add(bond);
        return usable[index];
    }

    public static string CfetsCode(BondView bond) => bond.Codes.Single(c => c.Market == Markets.Cfets).Code;

    /// The bond's option in the ticket form: short name and CFETS code.
    public static string Label(BondView bond) => $"{bond.ShortName} {CfetsCode(bond)}";
}
