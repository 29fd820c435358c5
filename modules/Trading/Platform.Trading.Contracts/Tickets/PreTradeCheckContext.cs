using Platform.Trading.Contracts.ReferenceData;

namespace Platform.Trading.Contracts.Tickets;

/// What a pre-trade check sees: the request, who enters it, the bond, counterparty and book it names, what its price
/// means, the face the book holds in the bond now (万元, negative when short) and has promised to sell in open tickets,
/// the face outstanding with the counterparty (open tickets and trades not yet settled, 万元), and whether this is a
/// pre-approved order (executed already, booked without approval) rather than a ticket.
public sealed record PreTradeCheckContext(
    TicketRequest Request,
    string Trader,
    BondView Bond,
    CounterpartyView Counterparty,
    BookNodeView Book,
    TicketEconomics Economics,
    decimal HeldFaceWan,
    decimal ReservedFaceWan,
    decimal CounterpartyExposureWan,
    bool DirectOrder,
    DateTimeOffset Now);
