using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.BuildingBlocks.Persistence;
using Platform.Host.IntegrationTests.Support;
using Platform.Testing;
using Xunit;

namespace Platform.Host.IntegrationTests;

/// Inter-bank spot tickets through the shipped ib-spot-approval process over HTTP: desk head, risk when the size
/// calls for it, compliance for a related party, rejection releasing a sale's reservation, and the execution booked once.
public sealed class TradingTicketApiTests
{
    private const string Tickets = "/api/v1/trading/tickets";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task A_ticket_is_approved_by_the_desk_head_then_executed_once_and_booked(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new PlatformFactory(database);
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");
        var approver = await PlatformFactory.SignedInAsync(host, "approver1");
        var (bond, clean, _) = await TradingApi.BondAsync(trader, "PolicyBank");

        var ticket = await TradingApi.CreatedAsync(await TradingApi.PostAsync(trader, Tickets, TradingApi.Ticket(bond, clean, 1000m), "ticket-1"));
        var id = ticket.GetProperty("ticketId").GetString()!;
        Assert.Equal("PendingApproval", ticket.GetProperty("status").GetString());
        Assert.False(ticket.GetProperty("needsRiskApproval").GetBoolean());
        var instanceId = ticket.GetProperty("workflowInstanceId").GetString()!;
        var again = await TradingApi.CreatedAsync(await TradingApi.PostAsync(trader, Tickets, TradingApi.Ticket(bond, clean, 1000m), "ticket-1"));
        Assert.Equal(id, again.GetProperty("ticketId").GetString());

        var instance = await WorkflowApi.GetAsync(approver, instanceId);
        var desk = Assert.Single(WorkflowApi.OpenTasks(instance));
        Assert.Equal("DeskReview", desk.Element);
        Assert.Equal(HttpStatusCode.NotFound, (await TradingApi.PostAsync(trader, $"{Tickets}/NOPE/execution", new { cfetsDealNumber = "X", executedPrice = 100 }, "exec-0")).StatusCode);
        var early = await TradingApi.PostAsync(trader, $"{Tickets}/{id}/execution", new { cfetsDealNumber = "CBT-1", executedPrice = Math.Round((decimal)clean, 4) }, "exec-early");
        await ProblemAssert.IsProblemAsync(early, HttpStatusCode.Conflict);

        await WorkflowApi.CompletedAsync(approver, desk.Id, "approve", "ok");
        var approved = await WorkflowApi.PollAsync(trader, $"{Tickets}/{id}", t => t.GetProperty("status").GetString() == "Approved");
        Assert.Null(approved.GetProperty("tradeId").GetString());

        var executed = await TradingApi.PostAsync(trader, $"{Tickets}/{id}/execution", new { cfetsDealNumber = "CBT-20261127-001", executedPrice = Math.Round((decimal)clean, 4) }, "exec-1");
        var body = await executed.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(executed.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal("Executed", body.GetProperty("status").GetString());
        var tradeId = body.GetProperty("tradeId").GetString();
        var repeat = await TradingApi.PostAsync(trader, $"{Tickets}/{id}/execution", new { cfetsDealNumber = "CBT-20261127-001", executedPrice = Math.Round((decimal)clean, 4) }, "exec-1");
        Assert.Equal(tradeId, (await repeat.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("tradeId").GetString());
        Assert.Equal(1000m, await TradingApi.HeldAsync(trader, "RATES-TRD", bond));
        var trades = await trader.GetFromJsonAsync<JsonElement>("/api/v1/trading/trades?book=RATES-TRD", Ct);
        Assert.Equal(1, trades.GetProperty("total").GetInt64());
        Assert.Equal("CBT-20261127-001", trades.GetProperty("items")[0].GetProperty("cfetsDealNumber").GetString());
        var done = await WorkflowApi.WaitForAsync(trader, instanceId, i => i.GetProperty("status").GetString() == "completed");
        Assert.Empty(WorkflowApi.OpenTasks(done));
    }

    [Fact]
    public async Task The_same_ticket_submitted_at_once_several_times_starts_one_process_and_answers_each_with_it()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new PlatformFactory(database);
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");
        var approver = await PlatformFactory.SignedInAsync(host, "approver1");
        var (bond, clean, _) = await TradingApi.BondAsync(trader, "PolicyBank");

        // each retry finds the ticket and makes sure its process is started and the trader's submit task done: at once,
        // as a client retrying on a timeout (or the start-up recovery) would
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
            await TradingApi.CreatedAsync(await TradingApi.PostAsync(trader, Tickets, TradingApi.Ticket(bond, clean, 1000m), "ticket-burst"))));

        Assert.Single(answers.Select(a => a.GetProperty("ticketId").GetString()).Distinct());
        var instanceIds = answers.Select(a => a.GetProperty("workflowInstanceId").GetString()).Distinct().ToList();
        var instance = await WorkflowApi.GetAsync(approver, Assert.Single(instanceIds)!);
        Assert.Equal("DeskReview", Assert.Single(WorkflowApi.OpenTasks(instance)).Element);
    }

    [Theory, InlineData(DatabaseKind.Sqlite)]
    public async Task A_large_ticket_goes_to_risk_a_related_party_to_compliance_and_a_rejection_releases_the_sale(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new PlatformFactory(database);
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");
        var approver = await PlatformFactory.SignedInAsync(host, "approver1");
        var risk = await PlatformFactory.SignedInAsync(host, "risk1");
        var compliance = await PlatformFactory.SignedInAsync(host, "compliance1");
        var (bond, clean, _) = await TradingApi.BondAsync(trader, "PolicyBank");

        var large = await TradingApi.CreatedAsync(await TradingApi.PostAsync(trader, Tickets, TradingApi.Ticket(bond, clean, 60_000m), "large"));
        Assert.True(large.GetProperty("needsRiskApproval").GetBoolean());
        await ApproveAsync(approver, large, "DeskReview");
        var atRisk = await WorkflowApi.WaitForAsync(risk, large.GetProperty("workflowInstanceId").GetString()!, i => WorkflowApi.OpenTasks(i).Any(t => t.Element == "RiskReview"));
        var desk = WorkflowApi.OpenTasks(atRisk).Single();
        await ProblemAssert.IsProblemAsync(await WorkflowApi.CompleteAsync(approver, desk.Id, "approve"), HttpStatusCode.Forbidden);   // not a risk officer
        await WorkflowApi.CompletedAsync(risk, desk.Id, "approve", "within appetite");
        await WorkflowApi.PollAsync(trader, $"{Tickets}/{large.GetProperty("ticketId").GetString()}", t => t.GetProperty("status").GetString() == "Approved");

        var related = await TradingApi.CreatedAsync(await TradingApi.PostAsync(trader, Tickets, TradingApi.Ticket(bond, clean, 1000m, counterparty: "DEMOFUND"), "related"));
        Assert.True(related.GetProperty("relatedParty").GetBoolean());
        await ApproveAsync(approver, related, "DeskReview");
        var atCompliance = await WorkflowApi.WaitForAsync(compliance, related.GetProperty("workflowInstanceId").GetString()!, i => WorkflowApi.OpenTasks(i).Any(t => t.Element == "ComplianceReview"));
        await WorkflowApi.CompletedAsync(compliance, WorkflowApi.OpenTasks(atCompliance).Single().Id, "approve", "related-party terms at arm's length");
        await WorkflowApi.PollAsync(trader, $"{Tickets}/{related.GetProperty("ticketId").GetString()}", t => t.GetProperty("status").GetString() == "Approved");

        // a sale ticket reserves the face; its rejection gives it back
        await TradingApi.CreatedAsync(await TradingApi.PostAsync(trader, "/api/v1/trading/orders", TradingApi.Order(bond, clean, 500m, book: "RATES-INV"), "stock"));
        var sale = await TradingApi.CreatedAsync(await TradingApi.PostAsync(trader, Tickets, TradingApi.Ticket(bond, clean, 400m, "Sell", book: "RATES-INV"), "sale"));
        var second = await TradingApi.PostAsync(trader, Tickets, TradingApi.Ticket(bond, clean, 200m, "Sell", book: "RATES-INV"), "sale-2");
        var refused = await ProblemAssert.IsProblemAsync(second, HttpStatusCode.UnprocessableEntity);
        Assert.Contains(refused.GetProperty("checks").EnumerateArray(), c => c.GetProperty("check").GetString() == "position" && c.GetProperty("outcome").GetString() == "Fail");
        var instance = await WorkflowApi.GetAsync(approver, sale.GetProperty("workflowInstanceId").GetString()!);
        await WorkflowApi.CompletedAsync(approver, WorkflowApi.OpenTasks(instance).Single().Id, "reject", "price not good enough");
        await WorkflowApi.PollAsync(trader, $"{Tickets}/{sale.GetProperty("ticketId").GetString()}", t => t.GetProperty("status").GetString() == "Rejected");
        await TradingApi.CreatedAsync(await TradingApi.PostAsync(trader, Tickets, TradingApi.Ticket(bond, clean, 200m, "Sell", book: "RATES-INV"), "sale-3"));
        var mine = await trader.GetFromJsonAsync<JsonElement>($"{Tickets}?mine=true", Ct);
        Assert.Equal(4, mine.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_sent_back_ticket_is_revised_by_its_trader_checked_again_and_routed_on_its_new_figures()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new PlatformFactory(database);
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");
        var approver = await PlatformFactory.SignedInAsync(host, "approver1");
        var admin = await PlatformFactory.SignedInAsync(host, "admin1");
        var (bond, clean, _) = await TradingApi.BondAsync(trader, "PolicyBank");
        var ticket = await TradingApi.CreatedAsync(await TradingApi.PostAsync(trader, Tickets, TradingApi.Ticket(bond, clean, 1000m), "to-revise"));
        var id = ticket.GetProperty("ticketId").GetString()!;
        var instanceId = ticket.GetProperty("workflowInstanceId").GetString()!;
        Assert.False(ticket.GetProperty("needsRiskApproval").GetBoolean());
        var revision = $"{Tickets}/{id}/revision";

        // not sent back yet: no revision
        await ProblemAssert.IsProblemAsync(await TradingApi.PostAsync(trader, revision, TradingApi.Ticket(bond, clean, 60_000m), "rev-0"), HttpStatusCode.Conflict);
        var atDesk = await WorkflowApi.WaitForAsync(approver, instanceId, i => WorkflowApi.OpenTasks(i).Any(t => t.Element == "DeskReview"));
        await WorkflowApi.CompletedAsync(approver, WorkflowApi.OpenTasks(atDesk).Single().Id, "sendBack", "size it up", sendBackTo: "Submit");
        await WorkflowApi.WaitForAsync(trader, instanceId, i => WorkflowApi.OpenTasks(i).Any(t => t.Element == "Submit"));

        await ProblemAssert.IsProblemAsync(await TradingApi.PostAsync(admin, revision, TradingApi.Ticket(bond, clean, 60_000m), "rev-admin"), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await TradingApi.PostAsync(trader, revision, TradingApi.Ticket(bond, clean, 60_000m, book: "RATES-INV"), "rev-book"),
            HttpStatusCode.BadRequest, "bookId");
        var response = await TradingApi.PostAsync(trader, revision, TradingApi.Ticket(bond, clean, 60_000m), "rev-1");
        var revised = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, revised.ToString());
        Assert.Equal((1, 60_000m, "PendingApproval"), (revised.GetProperty("revision").GetInt32(), revised.GetProperty("request").GetProperty("faceWan").GetDecimal(),
            revised.GetProperty("status").GetString()));
        Assert.True(revised.GetProperty("needsRiskApproval").GetBoolean());
        var again = await TradingApi.PostAsync(trader, revision, TradingApi.Ticket(bond, clean, 60_000m), "rev-1");
        Assert.Equal(1, (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("revision").GetInt32());   // a retry revises nothing twice

        // the desk head sees it again, and the larger face now needs risk's approval too
        await ApproveAsync(approver, revised, "DeskReview");
        await WorkflowApi.WaitForAsync(approver, instanceId, i => WorkflowApi.OpenTasks(i).Any(t => t.Element == "RiskReview"));
        var stored = await trader.GetFromJsonAsync<JsonElement>($"{Tickets}/{id}", Ct);
        Assert.Equal(60_000m, stored.GetProperty("request").GetProperty("faceWan").GetDecimal());
    }

    private static async Task ApproveAsync(HttpClient approver, JsonElement ticket, string element)
    {
        var instance = await WorkflowApi.WaitForAsync(approver, ticket.GetProperty("workflowInstanceId").GetString()!, i => WorkflowApi.OpenTasks(i).Any(t => t.Element == element));
        await WorkflowApi.CompletedAsync(approver, WorkflowApi.OpenTasks(instance).Single(t => t.Element == element).Id, "approve", "ok");
    }
}
