using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Domain.Pricing;

namespace Platform.Trading.Domain.Positions;

/// A bond's reference-data terms with their <see cref="PricedBond"/>, resolved once and shared by every book that
/// holds the bond: revaluing a book then prices without resolving schedules again.
public sealed class PositionBond
{
    public BondView Terms { get; }
    public PricedBond Priced { get; }

    private PositionBond(BondView terms, PricedBond priced) => (Terms, Priced) = (terms, priced);

    public static PositionBond Of(BondView terms) => new(terms, PricedBond.Of(terms));

    public string BondId => Terms.BondId;
    public DateOnly IssueDate => Terms.IssueDate;
    public DateOnly MaturityDate => Terms.MaturityDate;
}
