using System.Net;
using System.Net.Sockets;

namespace BotCompanion.TestKit;

public static class Ports
{
    /// <summary>A loopback port nothing listens on (taken, then released): to start a server on, or to stand for one that is down.</summary>
    public static int Unused()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
