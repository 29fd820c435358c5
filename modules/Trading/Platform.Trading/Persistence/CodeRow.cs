namespace Platform.Trading.Persistence;

/// A row of trading_bond_codes.
internal sealed class CodeRow
{
    public string Market { get; init; } = "";
    public string Code { get; init; } = "";
    public string BondId { get; init; } = "";
}
