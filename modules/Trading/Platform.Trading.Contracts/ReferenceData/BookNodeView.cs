namespace Platform.Trading.Contracts.ReferenceData;

/// One node of the book hierarchy (firm → department → desk → book). A book has an accounting classification (AC,
/// FVOCI or FVTPL), says whether it may go short, and lists the traders who may trade in it with their authority.
public sealed record BookNodeView(
    string NodeId,
    string? ParentId,
    string Level,
    string Name,
    string? AccountingClass,
    bool AllowShort,
    IReadOnlyList<TraderAuthorityView> Traders);
