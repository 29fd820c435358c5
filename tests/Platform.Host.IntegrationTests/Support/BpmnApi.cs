using System.Net.Http.Headers;
using System.Text;

namespace Platform.Host.IntegrationTests.Support;

/// The BPMN files linked from the workflow tests, and deploying or validating them as a designer's browser does: the raw XML.
public static class BpmnApi
{
    public const string Definitions = "/api/v1/workflows/definitions";

    public static string Read(string fileName) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Bpmn", fileName));

    public static Task<HttpResponseMessage> DeployAsync(HttpClient client, string xml, string mediaType = "application/xml") =>
        client.PostAsync(Definitions, new StringContent(xml, Encoding.UTF8, new MediaTypeHeaderValue(mediaType)), Xunit.TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> ValidateAsync(HttpClient client, string xml, string mediaType = "application/xml") =>
        client.PostAsync(Definitions + "/validate", new StringContent(xml, Encoding.UTF8, new MediaTypeHeaderValue(mediaType)), Xunit.TestContext.Current.CancellationToken);
}
