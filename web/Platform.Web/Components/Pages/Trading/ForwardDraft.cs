using Platform.Trading.Contracts.Derivatives;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Contracts.Tickets;

namespace Platform.Web.Components.Pages.Trading;

/// The standard bond forward capture form as the trader fills it: the listed contract, side, face and price as typed,
/// the picked counterparty. It becomes a <see cref="BondForwardRequest"/> once every required input is there.
public sealed class ForwardDraft
{
    public string? Contract { get; set; }
    public string Direction { get; set; } = TradeDirections.Buy;
    public string? Face { get; set; }
    public string? Price { get; set; }
    public CounterpartyView? Counterparty { get; set; }
    public string? BookId { get; set; }
    public DateOnly? TradeDate { get; set; }
    public string? DealNumber { get; set; }
    public string? Remarks { get; set; }

    /// The request, or null while a required input is missing or a number is not one.
    public BondForwardRequest? ToRequest() =>
        !string.IsNullOrEmpty(Contract) && TradingFormat.Parse(Face) is { } face && TradingFormat.Parse(Price) is { } price
        && Counterparty is { } counterparty && !string.IsNullOrEmpty(BookId) && TradeDate is { } tradeDate
            ? new BondForwardRequest(Contract, Direction, face, price, counterparty.CounterpartyId, BookId, tradeDate, Blank(DealNumber), Blank(Remarks))
            : null;

    /// After a booking: the figures and the deal's own number go, so that the same deal cannot be booked twice by a
    /// second click; the choices that usually repeat stay.
    public void NextDeal() => (Face, Price, DealNumber, Remarks) = (null, null, null, null);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
