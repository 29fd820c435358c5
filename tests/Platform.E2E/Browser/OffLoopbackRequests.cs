using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Platform.E2E.Browser;

/// Every request and web socket a page opens to anywhere but this machine: customer sites are offline, so a page
/// that reaches for the internet (a CDN script, a font) is broken there even when it looks fine here.
public sealed class OffLoopbackRequests
{
    private readonly ConcurrentQueue<string> _urls = new();

    public OffLoopbackRequests(IPage page)
    {
        page.Request += (_, request) => Record(request.Url);
        page.WebSocket += (_, socket) => Record(socket.Url);
    }

    public IReadOnlyCollection<string> Urls => _urls;

    private void Record(string url)
    {
        var uri = new Uri(url);
        if (uri.Scheme is "http" or "https" or "ws" or "wss" && !uri.IsLoopback)
            _urls.Enqueue(url);
    }
}
