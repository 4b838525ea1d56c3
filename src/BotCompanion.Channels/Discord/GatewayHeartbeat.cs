using System.Net.WebSockets;

namespace BotCompanion.Channels.Discord;

/// <summary>
/// One connection's heartbeats: the first after a random fraction of the interval, then on the interval. A
/// heartbeat still unacknowledged when the next is due means a zombie connection: it closes the socket for a resume
/// and ends the connection.
/// </summary>
internal sealed class GatewayHeartbeat(GatewayTransport transport, GatewaySession session, TimeProvider time, ILogger logger)
{
    private volatile bool _acked = true;

    /// <summary>True once a heartbeat went unacknowledged and the connection was closed for that.</summary>
    public bool Zombie { get; private set; }

    /// <summary>Discord acknowledged the last heartbeat (op 11).</summary>
    public void Acknowledge() => _acked = true;

    public async Task RunAsync(TimeSpan interval, CancellationTokenSource connection)
    {
        try
        {
            await Task.Delay(interval * Random.Shared.NextDouble(), time, connection.Token);
            while (!connection.Token.IsCancellationRequested)
            {
                if (!_acked)
                {
                    DiscordGatewayLog.Zombie(logger);
                    Zombie = true;
                    await transport.CloseForResumeAsync();
                    await connection.CancelAsync();
                    return;
                }

                _acked = false;
                await transport.SendAsync(session.HeartbeatPayload(), connection.Token);
                await Task.Delay(interval, time, connection.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection ended; its outcome is decided by the receive loop.
        }
    }
}
