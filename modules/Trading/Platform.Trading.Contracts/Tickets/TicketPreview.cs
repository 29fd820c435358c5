namespace Platform.Trading.Contracts.Tickets;

/// What a ticket would be if submitted now: its economics, each check's verdict, and which approvals it would need.
public sealed record TicketPreview(TicketEconomics Economics, IReadOnlyList<CheckResult> Checks, bool NeedsRiskApproval, bool RelatedParty)
{
    public bool Passes => Checks.All(c => c.Outcome != CheckOutcomes.Fail);
}
