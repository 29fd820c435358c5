namespace Platform.Web.Components.Pages.Trading;

/// The front-office pages' addresses, for links; the pages' @page directives spell them the same.
public static class TradingRoutes
{
    public const string NewTicket = "/trading/tickets/new";
    public const string Tickets = "/trading/tickets";
    public const string Blotter = "/trading/blotter";
    public const string Derivatives = "/trading/derivatives";

    public static string Ticket(string ticketId) => Tickets + "/" + Uri.EscapeDataString(ticketId);

    /// The new-ticket form, filled with a sent-back ticket's terms, to revise and resubmit it.
    public static string Revise(string ticketId) => NewTicket + "?revise=" + Uri.EscapeDataString(ticketId);
}
