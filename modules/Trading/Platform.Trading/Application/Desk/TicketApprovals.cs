using System.Text.Json;
using Microsoft.Extensions.Options;
using Platform.BuildingBlocks.Validation;
using Platform.Trading.Contracts.Tickets;
using Platform.Trading.Domain.Books;
using Platform.Trading.Persistence;
using Platform.Workflows.Contracts;

namespace Platform.Trading.Application.Desk;

/// The tie between tickets and their approval process: a submitted ticket starts one instance of
/// <see cref="TicketProcess.Key"/> (keyed by the ticket id, so a retry or a restart starts none twice) and completes its
/// trader's submit task; a recorded execution completes the trader's execution task.
internal sealed class TicketApprovals(BookReadStore reads, IWorkflowInstances workflows, IOptions<TradingOptions> options)
{
    private const string TraderRole = "Trader";

    public decimal RiskApprovalFaceWan => options.Value.RiskApprovalFaceWan;

    public async Task<TicketView> EnsureStartedAsync(string ticketId, CancellationToken ct)
    {
        var row = await reads.TicketAsync(ticketId, ct) ?? throw new InvalidOperationException($"ticket {ticketId} was accepted but is not in the read model");
        var ticket = TradingViews.ToView(row);
        if (ticket.WorkflowInstanceId is not null || ticket.Status != TicketStatuses.PendingApproval) return ticket;
        var actor = new WorkflowActor(ticket.Trader, [TraderRole]);
        var instance = await workflows.StartAsync(new StartInstanceRequest(TicketProcess.Key, ticket.TicketId, Variables(ticket)), actor, ticket.TicketId, ct);
        await CompleteSubmitAsync(instance, new CompleteTaskRequest("approve", "提交审批 Submitted"), actor, ct);
        await reads.SetWorkflowInstanceAsync(ticket.TicketId, instance.InstanceId, ct);
        return ticket with { WorkflowInstanceId = instance.InstanceId };
    }

    /// The ticket's process waits at the trader's submit task again: an approver sent it back.
    public async Task<bool> IsSentBackAsync(TicketView ticket, CancellationToken ct) =>
        ticket.WorkflowInstanceId is { } instanceId && (await workflows.GetAsync(instanceId, ct)).Tasks.Any(t => t.ElementId == TicketProcess.SubmitTask);

    /// Completes the submit task of a revised ticket with its new figures (risk and compliance routing follow them).
    /// Done already (a retry, or the trader resubmitted from the inbox): nothing more to do.
    public async Task<TicketView> ResubmitAsync(string ticketId, CancellationToken ct)
    {
        var ticket = TradingViews.ToView(await reads.TicketAsync(ticketId, ct) ?? throw new InvalidOperationException($"ticket {ticketId} is not in the read model"));
        if (ticket.WorkflowInstanceId is not { } instanceId) return ticket;
        await CompleteSubmitAsync(await workflows.GetAsync(instanceId, ct), new CompleteTaskRequest("approve",
            $"修改后重新提交（第 {ticket.Revision} 次修改） Revised and resubmitted (revision {ticket.Revision})", Variables(ticket)),
            new WorkflowActor(ticket.Trader, [TraderRole]), ct);
        return ticket;
    }

    /// Completes the trader's submit task if the instance waits there. Another call (the start-up recovery, another node,
    /// a concurrent retry) may complete it first: then the task is gone and that is not an error.
    private async Task CompleteSubmitAsync(InstanceView instance, CompleteTaskRequest request, WorkflowActor actor, CancellationToken ct)
    {
        if (instance.Tasks.FirstOrDefault(t => t.ElementId == TicketProcess.SubmitTask) is not { } submit) return;
        try
        {
            await workflows.CompleteTaskAsync(submit.TaskId, request, actor, ct);
        }
        catch (NotFoundException)
        {
            if ((await workflows.GetAsync(instance.InstanceId, ct)).Tasks.Any(t => t.TaskId == submit.TaskId)) throw;
        }
    }

    public async Task CompleteExecutionTaskAsync(string ticketId, string trader, CancellationToken ct)
    {
        var row = await reads.TicketAsync(ticketId, ct);
        if (row?.WorkflowInstanceId is not { } instanceId) return;
        var instance = await workflows.GetAsync(instanceId, ct);
        if (instance.Tasks.FirstOrDefault(t => t.ElementId == TicketProcess.ExecutionTask) is { } task)
            await workflows.CompleteTaskAsync(task.TaskId, new CompleteTaskRequest("approve", $"成交 {row.TradeId}"), new WorkflowActor(trader, [TraderRole]), ct);
    }

    private static IReadOnlyDictionary<string, JsonElement> Variables(TicketView t) => new Dictionary<string, JsonElement>
    {
        ["ticketId"] = JsonSerializer.SerializeToElement(t.TicketId),
        ["bookId"] = JsonSerializer.SerializeToElement(t.BookId),
        ["bondId"] = JsonSerializer.SerializeToElement(t.Request.BondId),
        ["direction"] = JsonSerializer.SerializeToElement(t.Request.Direction),
        ["faceWan"] = JsonSerializer.SerializeToElement(t.Request.FaceWan),
        ["settlementAmount"] = JsonSerializer.SerializeToElement(t.Economics.SettlementAmount),
        ["deviationPct"] = JsonSerializer.SerializeToElement(Math.Round(t.Economics.DeviationPct ?? 0, 4)),
        ["needsRisk"] = JsonSerializer.SerializeToElement(t.NeedsRiskApproval),
        ["relatedParty"] = JsonSerializer.SerializeToElement(t.RelatedParty),
        ["counterpartyId"] = JsonSerializer.SerializeToElement(t.Request.CounterpartyId),
    };
}
