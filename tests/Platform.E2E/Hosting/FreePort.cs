using System.Net;
using System.Net.Sockets;

namespace Platform.E2E.Hosting;

/// A loopback port nobody listens on right now, found by letting the OS pick one.
internal static class FreePort
{
    public static int OnLoopback()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
