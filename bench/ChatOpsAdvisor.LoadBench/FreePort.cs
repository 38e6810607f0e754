using System.Net;
using System.Net.Sockets;

namespace ChatOpsAdvisor.LoadBench;

/// <summary>A loopback port nobody listens on: bound to port 0, read, released (a target binds it a moment later).</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
