using Platform.SharedKernel;
using Platform.Web.Components.Pages.Trading;

namespace Platform.Web.Texts;

/// Where a ticket is, in the desk's words.
public static class TicketStatusNames
{
    public static LocalizedText Of(string status) => status switch
    {
        TicketStatuses.PendingApproval => new("待审批", "Pending approval"),
        TicketStatuses.Approved => new("已审批待成交", "Approved, to execute"),
        TicketStatuses.Executed => new("已成交", "Executed"),
        TicketStatuses.Rejected => new("已拒绝", "Rejected"),
        _ => new(status, status),
    };
}
