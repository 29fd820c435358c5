namespace Platform.Trading.Contracts.Tickets;

/// A pre-trade check passes, warns (the ticket goes on, flagged), or fails (the ticket is refused).
public static class CheckOutcomes
{
    public const string Pass = "Pass";
    public const string Warn = "Warn";
    public const string Fail = "Fail";
}
