using Platform.SharedKernel;

namespace Platform.Analytics.Curves.Bootstrap;

/// A curve as the desk defines it 曲线定义: a name, the interpolation, and its instruments; quotes come separately,
/// keyed by the instruments' labels.
public sealed record CurveDefinition
{
    public string Name { get; }
    public CurveInterpolation Interpolation { get; }
    public IReadOnlyList<CurveInstrument> Instruments { get; }

    private CurveDefinition(string name, CurveInterpolation interpolation, IReadOnlyList<CurveInstrument> instruments) =>
        (Name, Interpolation, Instruments) = (name, interpolation, instruments);

    public static CurveDefinition Of(string name, CurveInterpolation interpolation, IEnumerable<CurveInstrument> instruments)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException("a curve needs a name", "name");
        if (!Enum.IsDefined(interpolation))
            throw new DomainException($"unknown interpolation {(int)interpolation}", "interpolation");
        var list = instruments.ToList();
        if (list.Count == 0)
            throw new DomainException($"curve {name} needs at least one instrument", "instruments");
        var duplicate = list.GroupBy(i => i.Label, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new DomainException($"curve {name} has two instruments labelled {duplicate.Key}", "instruments");
        return new(name, interpolation, list);
    }
}
