using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Platform.BuildingBlocks.Persistence;
using Platform.Host.IntegrationTests.Support;
using Platform.Testing;
using Xunit;

namespace Platform.Host.IntegrationTests;

/// The host process is killed (SIGKILL) with instances between two tasks, waiting on a timer, and in the middle of
/// service calls; a new process on the same database carries every one on from where it was: no task lost or doubled,
/// each handler's effect once, and the overdue timer fired.
public sealed class WorkflowKillRestartTests
{
    private const int ServiceInstances = 40;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task After_a_kill_every_instance_continues_from_where_it_was(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        string ticket, timer;
        var notifying = new List<string>();
        await using (var first = HostProcess.Start(database, "--Platform:Demo:Enabled=true"))
        {
            await first.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
            var designer = await SignInAsync(first, "designer1");
            foreach (var file in new[] { "ticket-approval.bpmn", "timer-then-task.bpmn", "notify-then-task.bpmn" })
                await WorkflowApi.DeployAsync(designer, file);
            var trader = await SignInAsync(first, "trader1");
            var approver = await SignInAsync(first, "approver1");

            var started = await WorkflowApi.StartAsync(trader, "TicketApproval", new { ticket = "T-K" }, "T-K");
            ticket = started.GetProperty("instanceId").GetString()!;
            await WorkflowApi.CompletedAsync(approver, WorkflowApi.OpenTasks(started)[0].Id, "approve", "before the kill");
            timer = (await WorkflowApi.StartAsync(trader, "TimerThenTask")).GetProperty("instanceId").GetString()!;
            var starts = await Task.WhenAll(Enumerable.Range(0, ServiceInstances).Select(_ => WorkflowApi.StartAsync(trader, "NotifyThenTask")));
            notifying.AddRange(starts.Select(s => s.GetProperty("instanceId").GetString()!));

            first.Kill();   // at once: the service calls those starts set off are pending or running
        }
        var notifiedBeforeRestart = await CountAsync(database, "SELECT COUNT(*) FROM workflow_notifications");
        TestContext.Current.TestOutputHelper?.WriteLine($"{notifiedBeforeRestart} of {ServiceInstances} notices were written before the kill");
        await Task.Delay(TimeSpan.FromSeconds(3.5), Ct);   // the 3-second timer is now overdue

        await using var second = HostProcess.Start(database, "--Platform:Demo:Enabled=true");
        await second.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
        var risk = await SignInAsync(second, "risk1");
        var approverAgain = await SignInAsync(second, "approver1");

        var afterTicket = await WorkflowApi.GetAsync(risk, ticket);
        Assert.Equal("Risk", Assert.Single(WorkflowApi.OpenTasks(afterTicket)).Element);
        Assert.Single(afterTicket.GetProperty("history").EnumerateArray(), h => h.GetProperty("what").GetString() == "task completed");
        var riskInbox = await WorkflowApi.InboxAsync(risk);
        Assert.Equal(WorkflowApi.OpenTasks(afterTicket)[0].Id, Assert.Single(riskInbox.GetProperty("items").EnumerateArray()).GetProperty("taskId").GetString());

        var afterTimer = await WorkflowApi.WaitForAsync(risk, timer, i => WorkflowApi.OpenTasks(i).Count == 1, TimeSpan.FromSeconds(30));
        Assert.Equal("Confirm", WorkflowApi.OpenTasks(afterTimer)[0].Element);
        Assert.Empty(afterTimer.GetProperty("timers").EnumerateArray());
        foreach (var id in notifying)
        {
            var instance = await WorkflowApi.WaitForAsync(risk, id, i => WorkflowApi.OpenTasks(i).Count == 1, TimeSpan.FromSeconds(60));
            Assert.Equal("Confirm", WorkflowApi.OpenTasks(instance)[0].Element);
            Assert.Empty(instance.GetProperty("serviceCalls").EnumerateArray());
        }
        Assert.Equal(ServiceInstances, await CountAsync(database, "SELECT COUNT(*) FROM workflow_notifications"));
        Assert.Equal(ServiceInstances, await CountAsync(database, "SELECT COUNT(DISTINCT instance_id) FROM workflow_notifications"));
        var confirmInbox = await WorkflowApi.WaitForInboxAsync(approverAgain, "mine=true&pageSize=100&definitionKey=NotifyThenTask", ServiceInstances);
        Assert.Equal(ServiceInstances, confirmInbox.GetProperty("total").GetInt64());
        Assert.Equal(ServiceInstances + 2, await CountAsync(database, "SELECT COUNT(*) FROM workflow_tasks"));

        var decided = await WorkflowApi.CompletedAsync(risk, WorkflowApi.OpenTasks(afterTicket)[0].Id, "approve", "after the restart");
        Assert.Contains(decided.GetProperty("history").EnumerateArray(), h => h.GetProperty("comment").ValueKind == JsonValueKind.String
            && h.GetProperty("comment").GetString() == "before the kill");
    }

    private static async Task<long> CountAsync(TestDatabase database, string sql)
    {
        await using var conn = await database.Connections.OpenAsync(Ct);
        return await conn.ExecuteScalarAsync<long>(sql);
    }

    private static async Task<HttpClient> SignInAsync(HostProcess host, string user)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(host.BaseAddress), Timeout = TimeSpan.FromSeconds(30),
        };
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { userName = user, password = PlatformFactory.DemoPassword }, Ct);
        response.EnsureSuccessStatusCode();
        return http;
    }
}
