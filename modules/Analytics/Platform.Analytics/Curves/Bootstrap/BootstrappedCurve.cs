namespace Platform.Analytics.Curves.Bootstrap;

/// A curve built from quotes, with what it was built from: rebuild it with bumped quotes for risk.
public sealed class BootstrappedCurve
{
    private readonly double[] _quotes;

    public ResolvedCurveDefinition Definition { get; }
    public InterpolatedDiscountCurve Curve { get; }

    /// Passes over the nodes: 1 for local interpolations, more for monotone convex, whose nodes affect their neighbours.
    public int Passes { get; }

    internal BootstrappedCurve(ResolvedCurveDefinition definition, double[] quotes, InterpolatedDiscountCurve curve, int passes)
    {
        Definition = definition;
        _quotes = quotes;
        Curve = curve;
        Passes = passes;
    }

    public ReadOnlySpan<double> Quotes => _quotes;

    public IReadOnlyList<CurveNodeReport> Report() =>
        [.. Definition.Nodes.Select((n, i) => new CurveNodeReport(n.Label, n.StartDate, n.MaturityDate, n.PillarDate, _quotes[i],
            n.ImpliedQuote(Curve), Curve.DiscountFactor(n.PillarDate)))];

    /// The curve rebuilt with every quote moved by <paramref name="shift"/> (0.0001 = 1 bp).
    public BootstrappedCurve ParallelBumped(double shift) => Rebuilt(-1, shift);

    /// The curve rebuilt with one instrument's quote moved (a key-rate bump on the inputs).
    public BootstrappedCurve Bumped(int instrument, double shift)
    {
        if ((uint)instrument >= (uint)_quotes.Length)
            throw new Platform.SharedKernel.DomainException($"instrument index must be from 0 to {_quotes.Length - 1}, was {instrument}", "instrument");
        return Rebuilt(instrument, shift);
    }

    private BootstrappedCurve Rebuilt(int instrument, double shift)
    {
        var quotes = (double[])_quotes.Clone();
        for (var i = 0; i < quotes.Length; i++)
            if (instrument < 0 || i == instrument) quotes[i] += shift;
        return Definition.Bootstrap(quotes);
    }
}
