using System.Net.WebSockets;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BotCompanion.Web.Tests.Support;

/// <summary>
/// A Discord Gateway on a loopback WebSocket: each connection is handed to the test as a <see cref="Connection"/>
/// that can send Hello, dispatches, op 7/9 or close codes, and read what the bot sent. Heartbeats are ACKed
/// unless the connection is told to play dead.
/// </summary>
public sealed class FakeGateway : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<Connection> _connections = Channel.CreateUnbounded<Connection>();

    private FakeGateway(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    public int ConnectionCount { get; private set; }

    public static async Task<FakeGateway> StartAsync()
    {
        var app = LoopbackServer.Create();
        var gateway = new FakeGateway(app);
        app.UseWebSockets();
        app.Map("/", async (HttpContext context) =>
        {
            if (!context.WebSockets.IsWebSocketRequest)
            {
                context.Response.StatusCode = 400;
                return;
            }

            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            gateway.ConnectionCount++;
            var connection = new Connection(socket, context.Request.QueryString.Value ?? "");
            await gateway._connections.Writer.WriteAsync(connection);
            await connection.RunAsync();
        });
        var address = await LoopbackServer.StartAsync(app);
        gateway.Url = new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal) + "/");
        return gateway;
    }

    public async Task<Connection> NextConnectionAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        return await _connections.Reader.ReadAsync(cts.Token);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    public sealed class Connection(WebSocket socket, string query)
    {
        private readonly Channel<JsonObject> _received = Channel.CreateUnbounded<JsonObject>();
        private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly SemaphoreSlim _send = new(1, 1);

        public string Query { get; } = query;

        /// <summary>Stop answering heartbeats, as a dead connection would.</summary>
        public bool PlayDead { get; set; }

        public int? ClientCloseCode { get; private set; }

        public Task Closed => _closed.Task;

        public Task HelloAsync(int intervalMs) => SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = intervalMs } });

        public Task DispatchAsync(string type, JsonNode data, int sequence) => SendAsync(new JsonObject { ["op"] = 0, ["t"] = type, ["s"] = sequence, ["d"] = data });

        public Task ReadyAsync(Uri resumeUrl, int sequence = 1) => DispatchAsync("READY", new JsonObject
        {
            ["v"] = 10,
            ["user"] = new JsonObject { ["id"] = "1288077469286531073", ["username"] = "BotCompanion", ["bot"] = true },
            ["session_id"] = "session-1",
            ["resume_gateway_url"] = resumeUrl.ToString(),
        }, sequence);

        public async Task SendAsync(JsonNode payload)
        {
            await _send.WaitAsync();
            try
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(payload.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
            }
            finally
            {
                _send.Release();
            }
        }

        public async Task CloseAsync(int code) => await socket.CloseOutputAsync((WebSocketCloseStatus)code, "scripted", CancellationToken.None);

        /// <summary>The next payload the bot sent with this opcode (heartbeats are skipped unless asked for).</summary>
        public async Task<JsonObject> ExpectAsync(int op, TimeSpan? timeout = null)
        {
            using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
            while (true)
            {
                var payload = await _received.Reader.ReadAsync(cts.Token);
                if (payload["op"]!.GetValue<int>() == op)
                {
                    return payload;
                }
            }
        }

        internal async Task RunAsync()
        {
            var buffer = new byte[64 * 1024];
            try
            {
                while (socket.State == WebSocketState.Open)
                {
                    var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        ClientCloseCode = (int?)result.CloseStatus;
                        break;
                    }

                    var payload = JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count))!.AsObject();
                    await _received.Writer.WriteAsync(payload);
                    if (payload["op"]!.GetValue<int>() == 1 && !PlayDead)
                    {
                        await SendAsync(new JsonObject { ["op"] = 11 });
                    }
                }
            }
            catch (WebSocketException)
            {
            }
            finally
            {
                _closed.TrySetResult();
            }
        }
    }
}
