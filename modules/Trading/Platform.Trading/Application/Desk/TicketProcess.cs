namespace Platform.Trading.Application.Desk;

/// The approval process of inter-bank spot tickets as shipped (Workflows/ib-spot-approval.bpmn): its key, the element
/// ids the desk acts on, and the service-task handlers it names.
internal static class TicketProcess
{
    public const string Key = "ib-spot-approval";
    public const string SubmitTask = "Submit";
    public const string ExecutionTask = "RecordExecution";
    public const string ApprovedHandler = "trading.ticketApproved";
    public const string RejectedHandler = "trading.ticketRejected";
}
