using System.Net.WebSockets;
using System.Text;

namespace BotCompanion.Channels.Discord;

/// <summary>One Gateway WebSocket connection: JSON payloads in and out, and the closes the protocol needs.</summary>
internal sealed class GatewayTransport(GatewaySendGate gate) : IDisposable
{
    private readonly ClientWebSocket _socket = new();

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseStatusDescription => _socket.CloseStatusDescription;

    /// <summary>Connects to <paramref name="url"/> with the API version and encoding the bot speaks.</summary>
    public Task ConnectAsync(Uri url, CancellationToken cancellationToken) =>
        _socket.ConnectAsync(new Uri(url.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/?v=10&encoding=json"), cancellationToken);

    /// <summary>The next payload, or null when Discord closed the connection.</summary>
    public async Task<JsonNode?> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var result = await _socket.ReceiveAsync(chunk, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Write(chunk, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonNode.Parse(buffer.ToArray());
            }
        }
    }

    public Task SendAsync(JsonObject payload, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(payload.ToJsonString());
        return gate.SendAsync(token => _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, token), cancellationToken);
    }

    /// <summary>Closes with the bot's own code, which keeps the session alive on Discord's side so it can be resumed.</summary>
    public async Task CloseForResumeAsync()
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)GatewayCloseCode.Resuming, "resuming", CancellationToken.None);
            }
            catch (WebSocketException)
            {
            }
        }
    }

    /// <summary>Closes normally, which ends the session: the worker is shutting down.</summary>
    public Task CloseForShutdownAsync() => _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "shutting down", CancellationToken.None);

    public void Dispose() => _socket.Dispose();
}
