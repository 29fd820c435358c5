namespace Platform.Trading.Domain.Books;

/// Where a ticket is: waiting for approval, approved and waiting for its execution, executed (booked), or rejected.
public static class TicketStatuses
{
    public const string PendingApproval = "PendingApproval";
    public const string Approved = "Approved";
    public const string Executed = "Executed";
    public const string Rejected = "Rejected";
}
