using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Domain.Positions;
using static Platform.Trading.Tests.Positions.PositionBuilders;

namespace Platform.Trading.Tests.Positions;

/// A book of many bonds of every kind PricedBond prices (regular fixed, first stub, putable, discount), across the
/// three accounting classes, with a few trades each and a valuation for every bond. Seeded: the same book every run.
internal sealed class SyntheticBook
{
    public static readonly DateOnly AsOf = new(2026, 11, 27);

    public PositionLedger[] Positions { get; }
    public Dictionary<string, ValuationView> Valuations { get; }

    public SyntheticBook(int bonds, int seed = 7)
    {
        var random = new Random(seed);
        Positions = new PositionLedger[bonds];
        Valuations = new Dictionary<string, ValuationView>(bonds);
        string[] classes = [AccountingClasses.Fvtpl, AccountingClasses.Ac, AccountingClasses.Fvoci];
        for (var i = 0; i < bonds; i++)
        {
            var bond = RandomBond(random, $"S{i}");
            var yield = 0.015 + random.NextDouble() * 0.025;
            var trades = new List<PositionTrade>();
            for (var t = 0; t < 1 + random.Next(3); t++)
                trades.Add(AtYield(bond, $"S{i}-{t}", TradeSide.Buy, 100 * (1 + random.Next(50)), AsOf.AddDays(-random.Next(1, 120)), yield + (random.NextDouble() - 0.5) * 0.004));
            if (random.Next(3) == 0) trades.Add(AtYield(bond, $"S{i}-s", TradeSide.Sell, 100, AsOf.AddDays(-1), yield));
            Positions[i] = PositionLedger.Replay("BK", classes[i % 3], bond, trades);
            Valuations[bond.BondId] = ValuationAtYield(bond, AsOf, yield);
        }
    }

    private static PositionBond RandomBond(Random random, string id)
    {
        var maturity = AsOf.AddDays(200 + random.Next(3300)); // issued ten years before, so before the oldest trade
        var issue = random.Next(10) switch
        {
            0 => maturity.AddYears(-1) < AsOf.AddDays(-150) ? maturity.AddYears(-1) : AsOf.AddDays(-150),
            1 => maturity.AddYears(-10).AddDays(17),
            _ => maturity.AddYears(-10),
        };
        var rate = Math.Round(0.015m + (decimal)random.NextDouble() * 0.03m, 4);
        return random.Next(10) switch
        {
            0 => Zero(id, AsOf.AddDays(-150), AsOf.AddDays(200 + random.Next(160))),
            1 when maturity > AsOf.AddYears(2) => Fixed(id, rate, 1, issue, maturity, "Put", maturity.AddYears(-1)),
            2 => Fixed(id, rate, 2, issue, maturity),
            _ => Fixed(id, rate, 1, issue, maturity),
        };
    }
}
