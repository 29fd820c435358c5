using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Contracts.Tickets;

namespace Platform.Web.Components.Pages.Trading;

/// The new-ticket form as the trader fills it: the picked bond and counterparty, the choices, and the price and face
/// as typed. It becomes a <see cref="TicketRequest"/> once every required input is there; the desk checks the rest.
public sealed class TicketDraft
{
    public BondView? Bond { get; set; }
    public string Direction { get; set; } = TradeDirections.Buy;
    public string TradingMethod { get; set; } = TradingMethods.Negotiated;
    public string PriceKind { get; set; } = PriceKinds.CleanPrice;
    public string? Price { get; set; }
    public string? Face { get; set; }
    public string SettlementSpeed { get; set; } = SettlementSpeeds.T1;
    public string SettlementMethod { get; set; } = SettlementMethods.Dvp;
    public CounterpartyView? Counterparty { get; set; }
    public string? Dealer { get; set; }
    public string? BookId { get; set; }
    public DateOnly? TradeDate { get; set; }
    public string? Purpose { get; set; }
    public string? Remarks { get; set; }

    /// A yield to exercise needs a call or put.
    public bool HasOption => Bond?.OptionKind is not null;

    /// The price kinds the picked bond allows.
    public IReadOnlyList<string> AllowedPriceKinds => HasOption ? PriceKinds.All : [.. PriceKinds.All.Where(k => k != PriceKinds.YieldToExercise)];

    /// Another bond: a yield to exercise it cannot have goes back to the clean price.
    public void PickBond(BondView? bond)
    {
        Bond = bond;
        if (!AllowedPriceKinds.Contains(PriceKind)) PriceKind = PriceKinds.CleanPrice;
    }

    /// Another counterparty: its dealer list is another.
    public void PickCounterparty(CounterpartyView? counterparty)
    {
        Counterparty = counterparty;
        if (counterparty is null || !counterparty.Traders.Any(t => t.TraderName == Dealer)) Dealer = null;
    }

    /// A draft holding a submitted ticket's terms, to revise them.
    public static TicketDraft Of(TicketRequest r, BondView? bond, CounterpartyView? counterparty) => new()
    {
        Bond = bond, Direction = r.Direction, TradingMethod = r.TradingMethod, PriceKind = r.PriceKind, Price = TradingFormat.Raw(r.Price),
        Face = TradingFormat.Raw(r.FaceWan), SettlementSpeed = r.SettlementSpeed, SettlementMethod = r.SettlementMethod, Counterparty = counterparty,
        Dealer = r.CounterpartyTrader, BookId = r.BookId, TradeDate = r.TradeDate, Purpose = r.Purpose, Remarks = r.Remarks,
    };

    /// The request, or null while a required input is missing or a number is not one.
    public TicketRequest? ToRequest() =>
        Bond is { } bond && TradingFormat.Parse(Price) is { } price && TradingFormat.Parse(Face) is { } face && Counterparty is { } counterparty
        && !string.IsNullOrEmpty(BookId) && TradeDate is { } tradeDate
            ? new TicketRequest(bond.BondId, Direction, TradingMethod, PriceKind, price, face, SettlementSpeed, SettlementMethod,
                counterparty.CounterpartyId, BookId, tradeDate, null, Dealer, Blank(Purpose), Blank(Remarks))
            : null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
