namespace Platform.Trading.Projection;

/// A book's face in one bond (万元, negative when short) and what open sale tickets promise of it.
public sealed record PositionFigure(string BondId, decimal HeldWan, decimal ReservedWan);
