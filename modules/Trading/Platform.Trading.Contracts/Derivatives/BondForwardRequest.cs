namespace Platform.Trading.Contracts.Derivatives;

/// A standard bond forward (标准债券远期) to capture after the CFETS deal: the listed contract (<c>CDB10_2703</c>, see the
/// contract listing), <c>Buy</c> or <c>Sell</c>, the face in 万元 (whole contracts of 100 万), the forward clean price per
/// 100 face of the notional bond, counterparty, book, trade date and CFETS deal number.
public sealed record BondForwardRequest(
    string? Contract,
    string? Direction,
    decimal FaceWan,
    decimal Price,
    string? CounterpartyId = null,
    string? BookId = null,
    DateOnly? TradeDate = null,
    string? CfetsDealNumber = null,
    string? Remarks = null);
