using System.Net;
using System.Text.Json;
using Xunit;

namespace Platform.Host.IntegrationTests.Support;

/// Checks that an answer is RFC 7807 problem+json with the expected status and, for bad input, the field named.
public static class ProblemAssert
{
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        var body = await response.Content.ReadAsStringAsync(Xunit.TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        if (field is not null)
        {
            Assert.True(json.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _),
                $"the problem does not name the field '{field}': {body}");
        }
        return json;
    }
}
