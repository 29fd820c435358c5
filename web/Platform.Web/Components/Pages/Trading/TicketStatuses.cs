namespace Platform.Web.Components.Pages.Trading;

/// A ticket's states as <c>TicketView.Status</c> spells them. The trading module keeps its constants out of its
/// Contracts, which are all the portal may see, so they are repeated here.
public static class TicketStatuses
{
    public const string PendingApproval = "PendingApproval";
    public const string Approved = "Approved";
    public const string Executed = "Executed";
    public const string Rejected = "Rejected";

    public static IReadOnlyList<string> All { get; } = [PendingApproval, Approved, Executed, Rejected];
}
