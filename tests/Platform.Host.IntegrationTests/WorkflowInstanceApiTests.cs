using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Platform.BuildingBlocks.Persistence;
using Platform.Host.IntegrationTests.Support;
using Platform.Testing;
using Xunit;

namespace Platform.Host.IntegrationTests;

/// An approval ticket process run over HTTP by different users on SQLite and PostgreSQL: the inbox, send-back,
/// segregation of duties, a service task, a message, and refusals that change nothing.
public sealed class WorkflowInstanceApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task A_ticket_goes_through_review_send_back_risk_a_service_task_and_a_message(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new PlatformFactory(database);
        await WorkflowApi.DeployAsync(await PlatformFactory.SignedInAsync(host, "designer1"), "ticket-approval.bpmn");
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");
        var approver = await PlatformFactory.SignedInAsync(host, "approver1");
        var risk = await PlatformFactory.SignedInAsync(host, "risk1");

        var started = await WorkflowApi.StartAsync(trader, "TicketApproval", new { ticket = "T-1", faceAmount = 5000 }, "T-1");
        var id = started.GetProperty("instanceId").GetString()!;
        var review = Assert.Single(WorkflowApi.OpenTasks(started));
        Assert.Equal("Review", review.Element);
        Assert.Equal(0, (await WorkflowApi.InboxAsync(trader)).GetProperty("total").GetInt64());
        var approverInbox = await WorkflowApi.InboxAsync(approver);
        Assert.Equal(review.Id, approverInbox.GetProperty("items")[0].GetProperty("taskId").GetString());
        Assert.Equal("T-1", approverInbox.GetProperty("items")[0].GetProperty("businessKey").GetString());

        await ProblemAssert.IsProblemAsync(await WorkflowApi.CompleteAsync(risk, review.Id, "approve"), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await WorkflowApi.CompleteAsync(approver, review.Id, "sendBack"), HttpStatusCode.BadRequest, "outcome");
        await ProblemAssert.IsProblemAsync(await WorkflowApi.CompleteAsync(approver, review.Id, "maybe"), HttpStatusCode.BadRequest, "outcome");
        Assert.Equal(review.Id, Assert.Single(WorkflowApi.OpenTasks(await WorkflowApi.GetAsync(trader, id))).Id);   // refusals changed nothing

        var atRisk = await WorkflowApi.CompletedAsync(approver, review.Id, "approve", "price within deviation");
        var riskTask = Assert.Single(WorkflowApi.OpenTasks(atRisk));
        Assert.Equal("Risk", riskTask.Element);
        Assert.Equal(0, (await WorkflowApi.InboxAsync(approver)).GetProperty("total").GetInt64());
        Assert.Equal(riskTask.Id, (await WorkflowApi.InboxAsync(risk)).GetProperty("items")[0].GetProperty("taskId").GetString());

        var sentBack = await WorkflowApi.CompletedAsync(risk, riskTask.Id, "sendBack", "attach the counterparty's line", "Review");
        var reviewAgain = Assert.Single(WorkflowApi.OpenTasks(sentBack));
        Assert.Equal("Review", reviewAgain.Element);
        Assert.NotEqual(review.Id, reviewAgain.Id);
        var riskAgain = Assert.Single(WorkflowApi.OpenTasks(await WorkflowApi.CompletedAsync(approver, reviewAgain.Id, "approve", "line attached")));
        await WorkflowApi.CompletedAsync(risk, riskAgain.Id, "approve", "ok");

        var waiting = await WorkflowApi.WaitForAsync(trader, id, i => i.GetProperty("waits").GetArrayLength() == 1);
        Assert.Equal("T-1", waiting.GetProperty("waits")[0].GetProperty("correlationKey").GetString());
        Assert.Equal("trader1", waiting.GetProperty("variables").GetProperty("notified").GetString());
        var wrongKey = await trader.PostAsJsonAsync("/api/v1/workflows/messages", new { name = "settlement.confirmed", correlationKey = "T-2" }, Ct);
        await ProblemAssert.IsProblemAsync(wrongKey, HttpStatusCode.NotFound);
        var delivered = await trader.PostAsJsonAsync("/api/v1/workflows/messages",
            new { name = "settlement.confirmed", correlationKey = "T-1", variables = new { settledAt = "2026-11-26T10:00:00+08:00" } }, Ct);
        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        Assert.Equal(id, (await delivered.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("instanceIds")[0].GetString());

        var done = await WorkflowApi.GetAsync(trader, id);
        Assert.Equal("completed", done.GetProperty("status").GetString());
        var steps = done.GetProperty("history").EnumerateArray()
            .Select(h => $"{h.GetProperty("elementId").GetString()}|{h.GetProperty("what").GetString()}|{Str(h, "by")}|{Str(h, "outcome")}|{Str(h, "comment")}")
            .ToList();
        Assert.Contains("Review|task completed|approver1|approve|price within deviation", steps);
        Assert.Contains("Risk|task completed|risk1|sendBack|attach the counterparty's line", steps);
        Assert.Contains("Risk|task completed|risk1|approve|ok", steps);
        Assert.Contains("WaitSettled|message received|||", steps.Select(s => s.Replace("settlement.confirmed", "", StringComparison.Ordinal)));
        await using var conn = await database.Connections.OpenAsync(Ct);
        Assert.Equal(1, await conn.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM workflow_notifications WHERE instance_id = @id", new { id }));
        var listed = await trader.GetFromJsonAsync<JsonElement>($"{WorkflowApi.Instances}?definitionKey=TicketApproval&status=completed", Ct);
        Assert.Equal(id, listed.GetProperty("items")[0].GetProperty("instanceId").GetString());
    }

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task The_inbox_counts_a_task_seen_by_name_and_by_role_once_and_filters_by_process_due_time_and_text(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new PlatformFactory(database);
        var designer = await PlatformFactory.SignedInAsync(host, "designer1");
        await WorkflowApi.DeployAsync(designer, "dual-audience.bpmn");
        await WorkflowApi.DeployAsync(designer, "ticket-approval.bpmn");
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");
        var approver = await PlatformFactory.SignedInAsync(host, "approver1");
        for (var i = 1; i <= 3; i++) await WorkflowApi.StartAsync(trader, "DualAudience", businessKey: $"LIM-{i}");
        await WorkflowApi.StartAsync(trader, "TicketApproval", new { ticket = "T-5" }, "T-5");

        var all = await WorkflowApi.InboxAsync(approver, "mine=true&pageSize=2");
        var second = await WorkflowApi.InboxAsync(approver, "mine=true&pageSize=2&page=2");
        var dual = await WorkflowApi.InboxAsync(approver, "mine=true&definitionKey=DualAudience");
        var search = await WorkflowApi.InboxAsync(approver, "mine=true&search=LIM-2");
        await Task.Delay(1200, Ct);   // the dual-audience tasks are due a second after they open
        var overdue = await WorkflowApi.InboxAsync(approver, "mine=true&overdue=true");

        Assert.Equal(4, all.GetProperty("total").GetInt64());
        var ids = all.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(t => t.GetProperty("taskId").GetString()).ToList();
        Assert.Equal(4, ids.Distinct().Count());
        Assert.Equal("T-5", all.GetProperty("items")[0].GetProperty("businessKey").GetString());   // newest first
        Assert.Equal(3, dual.GetProperty("total").GetInt64());
        Assert.Equal("LIM-2", Assert.Single(search.GetProperty("items").EnumerateArray()).GetProperty("businessKey").GetString());
        Assert.Equal(3, overdue.GetProperty("total").GetInt64());   // the ticket's review is due in four hours
    }

    [Fact]
    public async Task Nobody_decides_a_task_of_an_instance_they_started_where_segregation_of_duties_forbids_it()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new PlatformFactory(database);
        await WorkflowApi.DeployAsync(await PlatformFactory.SignedInAsync(host, "designer1"), "ticket-approval.bpmn");
        var approver = await PlatformFactory.SignedInAsync(host, "approver1");
        var started = await WorkflowApi.StartAsync(approver, "TicketApproval", new { ticket = "T-9" });
        var review = WorkflowApi.OpenTasks(started)[0];

        var refused = await ProblemAssert.IsProblemAsync(await WorkflowApi.CompleteAsync(approver, review.Id, "approve"), HttpStatusCode.Forbidden);

        Assert.Contains("segregation of duties", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var after = await WorkflowApi.GetAsync(approver, started.GetProperty("instanceId").GetString()!);
        Assert.Equal(review.Id, WorkflowApi.OpenTasks(after)[0].Id);
        Assert.DoesNotContain(after.GetProperty("history").EnumerateArray(), h => h.GetProperty("what").GetString() == "task completed");
    }

    [Fact]
    public async Task Claim_delegate_reassign_and_add_signer_move_the_task_between_inboxes()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new PlatformFactory(database);
        await WorkflowApi.DeployAsync(await PlatformFactory.SignedInAsync(host, "designer1"), "ticket-approval.bpmn");
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");
        var approver = await PlatformFactory.SignedInAsync(host, "approver1");
        var admin = await PlatformFactory.SignedInAsync(host, "admin1");
        var started = await WorkflowApi.StartAsync(trader, "TicketApproval", new { ticket = "T-3" });
        var id = started.GetProperty("instanceId").GetString()!;
        var review = WorkflowApi.OpenTasks(started)[0].Id;

        Assert.Equal(HttpStatusCode.OK, (await approver.PostAsync($"{WorkflowApi.Tasks}/{review}/claim", null, Ct)).StatusCode);
        Assert.Equal(1, (await WorkflowApi.InboxAsync(approver, "assigned=true")).GetProperty("total").GetInt64());
        await ProblemAssert.IsProblemAsync(await admin.PostAsync($"{WorkflowApi.Tasks}/{review}/claim", null, Ct), HttpStatusCode.Conflict);

        var signer = await approver.PostAsJsonAsync($"{WorkflowApi.Tasks}/{review}/add-signer", new { signer = "admin1", comment = "please check the limit" }, Ct);
        var coSign = (await signer.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("tasks").EnumerateArray()
            .Single(t => t.GetProperty("assignee").GetString() == "admin1").GetProperty("taskId").GetString()!;
        await ProblemAssert.IsProblemAsync(await WorkflowApi.CompleteAsync(approver, review, "approve"), HttpStatusCode.Conflict);
        Assert.Equal(coSign, (await WorkflowApi.InboxAsync(admin)).GetProperty("items")[0].GetProperty("taskId").GetString());
        await WorkflowApi.CompletedAsync(admin, coSign, "approve", "limit fine");

        var reassigned = await approver.PostAsJsonAsync($"{WorkflowApi.Tasks}/{review}/reassign", new { toUser = "admin1" }, Ct);
        Assert.Equal(HttpStatusCode.OK, reassigned.StatusCode);
        Assert.Equal(0, (await WorkflowApi.InboxAsync(approver)).GetProperty("total").GetInt64());
        await ProblemAssert.IsProblemAsync(await WorkflowApi.CompleteAsync(approver, review, "approve"), HttpStatusCode.Forbidden);
        var delegated = await admin.PostAsJsonAsync($"{WorkflowApi.Tasks}/{review}/delegate", new { toUser = "approver1", comment = "you know the desk" }, Ct);
        Assert.Equal(HttpStatusCode.OK, delegated.StatusCode);
        var resolved = await WorkflowApi.CompletedAsync(approver, review, "approve", "desk agrees");
        Assert.Equal("admin1", resolved.GetProperty("tasks")[0].GetProperty("assignee").GetString());   // back to its owner
        var decided = await WorkflowApi.CompletedAsync(admin, review, "reject", "no");

        Assert.Equal("completed", decided.GetProperty("status").GetString());
        var whats = decided.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("what").GetString()).ToList();
        Assert.Equal(["task claimed", "signer added", "co-signed", "task reassigned", "task delegated", "delegation resolved", "task completed"],
            whats.Where(w => w is "task claimed" or "signer added" or "co-signed" or "task reassigned" or "task delegated" or "delegation resolved" or "task completed"));
        await ProblemAssert.IsProblemAsync(await WorkflowApi.CompleteAsync(admin, review, "approve"), HttpStatusCode.Conflict);
        _ = id;
    }

    [Fact]
    public async Task A_call_that_keeps_failing_becomes_an_incident_that_an_operator_skips()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new PlatformFactory(database, settings: new Dictionary<string, string?>
        {
            ["Platform:Workflows:MaxAttempts"] = "3", ["Platform:Workflows:FirstRetryDelay"] = "00:00:00.100",
        });
        await WorkflowApi.DeployAsync(await PlatformFactory.SignedInAsync(host, "designer1"), "failing-call.bpmn");
        var settle = await PlatformFactory.SignedInAsync(host, "settle1");
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");
        var id = (await WorkflowApi.StartAsync(trader, "FailingCall")).GetProperty("instanceId").GetString()!;

        var incident = await WorkflowApi.WaitForAsync(settle, id, i => i.GetProperty("serviceCalls")[0].GetProperty("incident").GetBoolean());
        var call = incident.GetProperty("serviceCalls")[0];
        Assert.Equal(3, call.GetProperty("attempts").GetInt32());
        Assert.Contains("no service-task handler is registered as 'nobody.handles'", call.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        // the incident came by itself, so the instance list follows it within moments
        var listed = await WorkflowApi.PollAsync(settle, $"{WorkflowApi.Instances}?withIncident=true", l => l.GetProperty("total").GetInt64() > 0);
        Assert.Equal(id, listed.GetProperty("items")[0].GetProperty("instanceId").GetString());
        var callId = call.GetProperty("callId").GetString()!;
        await ProblemAssert.IsProblemAsync(await trader.PostAsync($"{WorkflowApi.Instances}/{id}/incidents/{callId}/skip", null, Ct), HttpStatusCode.Forbidden);

        var skipped = await settle.PostAsJsonAsync($"{WorkflowApi.Instances}/{id}/incidents/{callId}/skip", new { comment = "booked by hand" }, Ct);

        var after = await skipped.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Check", WorkflowApi.OpenTasks(after).Single().Element);
        Assert.Contains(after.GetProperty("history").EnumerateArray(), h => h.GetProperty("what").GetString() == "service task skipped" && Str(h, "comment") == "booked by hand");
    }

    [Fact]
    public async Task Bad_starts_are_refused_with_the_field_named()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new PlatformFactory(database);
        await WorkflowApi.DeployAsync(await PlatformFactory.SignedInAsync(host, "designer1"), "ticket-approval.bpmn");
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");

        await ProblemAssert.IsProblemAsync(await trader.PostAsJsonAsync(WorkflowApi.Instances, new { definitionKey = "" }, Ct), HttpStatusCode.BadRequest, "definitionKey");
        await ProblemAssert.IsProblemAsync(await trader.PostAsJsonAsync(WorkflowApi.Instances, new { definitionKey = "Nope" }, Ct), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await trader.PostAsJsonAsync(WorkflowApi.Instances,
            new { definitionKey = "TicketApproval", variables = new Dictionary<string, object> { ["bad name"] = 1 } }, Ct), HttpStatusCode.BadRequest, "variables.bad name");
        await ProblemAssert.IsProblemAsync(await trader.PostAsJsonAsync(WorkflowApi.Instances,
            new { definitionKey = "TicketApproval", variables = new { outcome = "approve" } }, Ct), HttpStatusCode.BadRequest, "variables.outcome");
        await ProblemAssert.IsProblemAsync(await trader.PostAsJsonAsync(WorkflowApi.Instances, new { definitionKey = "TicketApproval", version = 7 }, Ct), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await trader.GetAsync($"{WorkflowApi.Instances}/wi-0000", Ct), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await trader.GetAsync($"{WorkflowApi.Instances}/wi-{new string('0', 32)}", Ct), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await trader.GetAsync($"{WorkflowApi.Tasks}?mine=false", Ct), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await WorkflowApi.CompleteAsync(trader, "no-such-task", "approve"), HttpStatusCode.NotFound);
        var listed = await trader.GetFromJsonAsync<JsonElement>(WorkflowApi.Instances, Ct);
        Assert.Equal(0, listed.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_retried_start_with_the_same_idempotency_key_returns_the_first_instance()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new PlatformFactory(database);
        await WorkflowApi.DeployAsync(await PlatformFactory.SignedInAsync(host, "designer1"), "ticket-approval.bpmn");
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");

        async Task<JsonElement> Start()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, WorkflowApi.Instances) { Content = JsonContent.Create(new { definitionKey = "TicketApproval" }) };
            request.Headers.Add("Idempotency-Key", "ticket-T-77");
            var response = await trader.SendAsync(request, Ct);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        }
        var first = await Start();
        var second = await Start();

        Assert.Equal(first.GetProperty("instanceId").GetString(), second.GetProperty("instanceId").GetString());
        Assert.Equal(1, (await trader.GetFromJsonAsync<JsonElement>(WorkflowApi.Instances, Ct)).GetProperty("total").GetInt64());
    }

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task A_read_model_that_lags_the_journal_is_projected_again_at_start(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        string id, task;
        await using (var first = new PlatformFactory(database))
        {
            await WorkflowApi.DeployAsync(await PlatformFactory.SignedInAsync(first, "designer1"), "ticket-approval.bpmn");
            var started = await WorkflowApi.StartAsync(await PlatformFactory.SignedInAsync(first, "trader1"), "TicketApproval", new { ticket = "T-R" }, "T-R");
            (id, task) = (started.GetProperty("instanceId").GetString()!, WorkflowApi.OpenTasks(started)[0].Id);
        }
        await using (var conn = await database.Connections.OpenAsync(Ct))
        {
            // what a kill between the journal write and the projection write leaves: the event without its rows
            foreach (var table in new[] { "workflow_task_audience", "workflow_tasks", "workflow_instances" })
                await conn.ExecuteAsync($"DELETE FROM {table} WHERE instance_id = @id", new { id });
        }

        await using var second = new PlatformFactory(database);
        var approver = await PlatformFactory.SignedInAsync(second, "approver1");

        var inbox = await WorkflowApi.PollAsync(approver, $"{WorkflowApi.Tasks}?mine=true", i => i.GetProperty("total").GetInt64() > 0);
        Assert.Equal(task, Assert.Single(inbox.GetProperty("items").EnumerateArray()).GetProperty("taskId").GetString());
        var listed = await approver.GetFromJsonAsync<JsonElement>($"{WorkflowApi.Instances}?businessKey=T-R", Ct);
        Assert.Equal(id, listed.GetProperty("items")[0].GetProperty("instanceId").GetString());
    }

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
