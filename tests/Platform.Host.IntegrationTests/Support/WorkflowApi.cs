using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Platform.Host.IntegrationTests.Support;

/// Calls of the workflow instance and inbox API that several tests make.
public static class WorkflowApi
{
    public const string Instances = "/api/v1/workflows/instances";
    public const string Tasks = "/api/v1/workflows/tasks";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task DeployAsync(HttpClient designer, string file)
    {
        var response = await BpmnApi.DeployAsync(designer, BpmnApi.Read(file));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    public static async Task<JsonElement> StartAsync(HttpClient client, string key, object? variables = null, string? businessKey = null)
    {
        var response = await client.PostAsJsonAsync(Instances, new { definitionKey = key, businessKey, variables }, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement;
    }

    public static Task<HttpResponseMessage> CompleteAsync(HttpClient client, string taskId, string outcome, string? comment = null, string? sendBackTo = null,
        object? variables = null) =>
        client.PostAsJsonAsync($"{Tasks}/{taskId}/complete", new { outcome, comment, sendBackTo, variables }, Ct);

    public static async Task<JsonElement> CompletedAsync(HttpClient client, string taskId, string outcome, string? comment = null, string? sendBackTo = null)
    {
        var response = await CompleteAsync(client, taskId, outcome, comment, sendBackTo);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement;
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, string instanceId) =>
        await client.GetFromJsonAsync<JsonElement>($"{Instances}/{instanceId}", Ct);

    public static async Task<JsonElement> InboxAsync(HttpClient client, string query = "mine=true")
    {
        var response = await client.GetAsync($"{Tasks}?{query}", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement;
    }

    /// The open tasks of an instance view as (element id, task id).
    public static IReadOnlyList<(string Element, string Id)> OpenTasks(JsonElement instance) =>
        instance.GetProperty("tasks").EnumerateArray().Select(t => (t.GetProperty("elementId").GetString()!, t.GetProperty("taskId").GetString()!)).ToList();

    /// Polls a GET until <paramref name="until"/> holds or 30 s pass, and returns the last answer: for read models that
    /// follow a step an instance took by itself.
    public static async Task<JsonElement> PollAsync(HttpClient client, string url, Func<JsonElement, bool> until)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var answer = await client.GetFromJsonAsync<JsonElement>(url, Ct);
            if (until(answer) || DateTime.UtcNow > deadline) return answer;
            await Task.Delay(50, Ct);
        }
    }

    /// Polls the inbox until its total is <paramref name="total"/>: after a step an instance took by itself (a timer, a
    /// service call, a child), its projection follows the instance within moments.
    public static Task<JsonElement> WaitForInboxAsync(HttpClient client, string query, long total) =>
        PollAsync(client, $"{Tasks}?{query}", inbox => inbox.GetProperty("total").GetInt64() == total);

    /// Polls an instance until <paramref name="until"/> holds (a service call or timer runs on its own), or fails.
    public static async Task<JsonElement> WaitForAsync(HttpClient client, string instanceId, Func<JsonElement, bool> until, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var instance = await GetAsync(client, instanceId);
            if (until(instance)) return instance;
            if (DateTime.UtcNow > deadline) Assert.Fail($"instance {instanceId} did not get there in time: {instance}");
            await Task.Delay(100, Ct);
        }
    }
}
