using System.Net;
using System.Net.Sockets;

namespace BotCompanion.Web.Tests.Support;

public static class Ports
{
    /// <summary>A loopback port nothing listens on (taken, then released), for "the server is down".</summary>
    public static int Closed()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
