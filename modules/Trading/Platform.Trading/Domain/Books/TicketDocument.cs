using Platform.Trading.Contracts.Tickets;

namespace Platform.Trading.Domain.Books;

/// Everything a ticket was submitted with, kept in the book's journal so that an acknowledged ticket survives any
/// crash: the request as checked, who entered it, what its price meant and what the checks said; how many times the
/// trader revised it after a send-back.
public sealed record TicketDocument(
    string TicketId,
    string Trader,
    TicketRequest Request,
    TicketEconomics Economics,
    IReadOnlyList<CheckResult> Checks,
    bool NeedsRiskApproval,
    bool RelatedParty,
    int Revision = 0);
