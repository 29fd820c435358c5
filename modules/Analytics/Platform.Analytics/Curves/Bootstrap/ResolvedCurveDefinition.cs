using Platform.Analytics.Bonds;
using Platform.Analytics.Swaps;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;

namespace Platform.Analytics.Curves.Bootstrap;

/// A curve definition resolved on a valuation date and calendar: every instrument's dates generated once, sorted by
/// pillar, so that the same curve is rebuilt from new quotes (bumps, a new tick) with no date arithmetic.
public sealed class ResolvedCurveDefinition
{
    internal CurveNode[] Nodes { get; }
    public CurveDefinition Definition { get; }
    public DateOnly ValuationDate { get; }

    /// The labels in pillar order: the order <see cref="Bootstrap(ReadOnlySpan{double})"/> takes quotes in.
    public IReadOnlyList<string> Labels { get; }

    private ResolvedCurveDefinition(CurveDefinition definition, DateOnly valuationDate, CurveNode[] nodes)
    {
        Definition = definition;
        ValuationDate = valuationDate;
        Nodes = nodes;
        Labels = [.. nodes.Select(n => n.Label)];
    }

    public static ResolvedCurveDefinition Resolve(CurveDefinition definition, DateOnly valuationDate, IBusinessCalendar calendar, IDiscountCurve? discountCurve = null)
    {
        if (discountCurve is not null && discountCurve.ValuationDate != valuationDate)
            throw new DomainException($"the discount curve is valued on {discountCurve.ValuationDate:yyyy-MM-dd}, not on {valuationDate:yyyy-MM-dd}", "discountCurve");
        var nodes = definition.Instruments.Select(i => Node(i, valuationDate, calendar, discountCurve)).OrderBy(n => n.PillarDate).ToArray();
        for (var i = 0; i < nodes.Length; i++)
        {
            if (nodes[i].PillarDate <= valuationDate)
                throw new DomainException($"instrument {nodes[i].Label} matures on {nodes[i].PillarDate:yyyy-MM-dd}, not after the valuation date", "instruments");
            if (i > 0 && nodes[i].PillarDate == nodes[i - 1].PillarDate)
                throw new DomainException($"instruments {nodes[i - 1].Label} and {nodes[i].Label} both mature on {nodes[i].PillarDate:yyyy-MM-dd}; a curve needs one instrument per pillar", "instruments");
        }
        return new ResolvedCurveDefinition(definition, valuationDate, nodes);
    }

    /// Builds the curve from quotes keyed by label; every instrument needs one.
    public BootstrappedCurve Bootstrap(IReadOnlyDictionary<string, double> quotes)
    {
        var byLabel = new Dictionary<string, double>(quotes, StringComparer.OrdinalIgnoreCase);
        var unknown = byLabel.Keys.FirstOrDefault(k => !Labels.Contains(k, StringComparer.OrdinalIgnoreCase));
        if (unknown is not null)
            throw new DomainException($"quote {unknown} names no instrument of curve {Definition.Name} ({string.Join(", ", Labels)})", "quotes." + unknown);
        var ordered = new double[Nodes.Length];
        var missing = new List<string>();
        for (var i = 0; i < Nodes.Length; i++)
            if (byLabel.TryGetValue(Nodes[i].Label, out var q)) ordered[i] = q;
            else missing.Add(Nodes[i].Label);
        if (missing.Count > 0)
            throw new DomainException($"curve {Definition.Name} needs a quote for {string.Join(", ", missing)}", "quotes." + missing[0]);
        return Bootstrap(ordered);
    }

    /// Builds the curve from quotes in <see cref="Labels"/> order.
    public BootstrappedCurve Bootstrap(ReadOnlySpan<double> quotes) => CurveBootstrapper.Bootstrap(this, quotes);

    private static CurveNode Node(CurveInstrument instrument, DateOnly valuationDate, IBusinessCalendar calendar, IDiscountCurve? discountCurve)
    {
        switch (instrument)
        {
            case DepositInstrument d:
                var start = d.StartLagBusinessDays == 0 ? calendar.Adjust(valuationDate, BusinessDayConvention.Following) : calendar.Advance(valuationDate, d.StartLagBusinessDays);
                var end = d.Tenor.OvernightKind != OvernightKind.None ? calendar.Advance(start, 1) : calendar.Advance(start, d.Tenor, d.Convention, false);
                return new DepositNode(d.Label, valuationDate, start, end, d.DayCount);
            case SwapInstrument s:
                var swap = InterestRateSwap.OfTenor(s.Convention, calendar, valuationDate, s.Tenor, SwapDirection.Payer, 1m, 0, s.ForwardStart);
                return new SwapNode(s.Label, swap.Resolve(calendar), discountCurve, valuationDate);
            case BondInstrument b:
                var settlement = b.SettlementLagBusinessDays == 0 ? valuationDate : calendar.Advance(valuationDate, b.SettlementLagBusinessDays);
                return new BondNode(b.Label, new ResolvedFixedBond(b.Bond), settlement);
            default:
                throw new DomainException($"unsupported curve instrument {instrument.GetType().Name}", "instruments");
        }
    }
}
