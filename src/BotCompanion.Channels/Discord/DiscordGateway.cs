using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotCompanion.Channels.Turns;
using BotCompanion.Core.Messages;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotCompanion.Channels.Discord;

/// <summary>
/// The Gateway connection that brings direct messages: Hello → heartbeats (first after a random fraction of the
/// interval) → Identify with the DIRECT_MESSAGES intent only, or Resume. A heartbeat without ACK means a zombie
/// connection: close and resume. Reconnect (op 7), Invalid Session (op 9, with the 1–5 s wait when not
/// resumable) and close codes are followed as Discord documents; codes that would fail forever stop the worker
/// with a critical log line instead of a retry loop. Reconnects back off with jitter.
/// </summary>
public sealed partial class DiscordGateway(
    DiscordRestClient rest,
    TurnQueue queue,
    DiscordDmDirectory directory,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordGateway> logger) : BackgroundService
{
    internal const int DirectMessagesIntent = 1 << 12;
    private static readonly int[] FatalCloseCodes = [4004, 4010, 4011, 4012, 4013, 4014];
    private static readonly int[] SessionEndingCloseCodes = [1000, 1001, 4003, 4005, 4007, 4008, 4009];
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    // Used under _sendLock only.
    private readonly GatewaySendBudget _sendBudget = new();
    private readonly HashSet<string> _recentIds = new(StringComparer.Ordinal);
    private readonly Queue<string> _recentOrder = new();
    private string? _sessionId;
    private Uri? _resumeUrl;
    private long? _sequence;

    // Discord allows one Identify per 5 seconds per shard (max_concurrency 1); faster ones are refused and count against the bot.
    private static readonly TimeSpan IdentifySpacing = TimeSpan.FromSeconds(5);
    private DateTimeOffset? _lastIdentify;

    /// <summary>The bot's own user id, from READY; its own messages are ignored.</summary>
    public string? BotUserId { get; private set; }

    /// <summary>Identify (op 2) payloads sent: fresh sessions started.</summary>
    public int Identifies { get; private set; }

    /// <summary>Resume (op 6) payloads sent.</summary>
    public int Resumes { get; private set; }

    /// <summary>True once the worker stopped for good after a fatal close code.</summary>
    public bool StoppedForGood { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.GatewayEnabled)
        {
            return;
        }

        var failures = 0;
        var next = GatewayOutcome.Identify;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var resume = next == GatewayOutcome.Resume && _sessionId is not null && _resumeUrl is not null;
                var url = resume ? _resumeUrl! : await GatewayUrlAsync(stoppingToken);
                next = await RunSessionAsync(url, resume, () => failures = 0, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // A dropped connection keeps the session alive on Discord's side for a while: resume.
                Log.ConnectionLost(logger, ex.GetType().Name);
                next = GatewayOutcome.Resume;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            if (next == GatewayOutcome.Fatal)
            {
                StoppedForGood = true;
                return;
            }

            if (next == GatewayOutcome.Stopped)
            {
                return;
            }

            failures++;
            var backoff = TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, Math.Min(failures - 1, 6)))) * (0.5 + Random.Shared.NextDouble() / 2);
            try
            {
                await Task.Delay(failures == 1 ? TimeSpan.Zero : backoff, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<Uri> GatewayUrlAsync(CancellationToken cancellationToken)
    {
        // Before every Identify: where to connect, and whether identifies are left today.
        var info = await rest.GetGatewayBotAsync(cancellationToken);
        if (info.TryGetProperty("session_start_limit", out var limit) && limit.GetProperty("remaining").GetInt32() == 0)
        {
            var wait = TimeSpan.FromMilliseconds(limit.GetProperty("reset_after").GetDouble());
            Log.IdentifyLimit(logger, wait.TotalSeconds);
            await Task.Delay(wait, time, cancellationToken);
        }

        return options.Value.GatewayUrl ?? new Uri(info.GetProperty("url").GetString()!);
    }

    private async Task<GatewayOutcome> RunSessionAsync(Uri url, bool resume, Action connected, CancellationToken stoppingToken)
    {
        if (!resume)
        {
            // A new session starts its own sequence: heartbeats and a later Resume must not carry the old one's.
            _sessionId = null;
            _sequence = null;

            // Waited out before connecting: once Hello arrives, heartbeats and their ACKs must flow.
            if (_lastIdentify is { } last && last + IdentifySpacing - time.GetUtcNow() is { Ticks: > 0 } wait)
            {
                await Task.Delay(wait, time, stoppingToken);
            }
        }

        using var socket = new ClientWebSocket();
        using var session = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        await socket.ConnectAsync(new Uri(url.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/?v=10&encoding=json"), stoppingToken);

        var hello = await ReceiveAsync(socket, session.Token).WaitAsync(TimeSpan.FromSeconds(30), time, stoppingToken);
        if (hello is null)
        {
            return Closed(socket);
        }

        var op = hello["op"]!.GetValue<int>();
        if (op == 7)
        {
            return GatewayOutcome.Resume;
        }

        var interval = TimeSpan.FromMilliseconds(hello["d"]!["heartbeat_interval"]!.GetValue<double>());
        var acked = true;
        var zombie = false;
        var heartbeats = HeartbeatAsync(socket, interval, () => acked, v => acked = v, () => zombie = true, session);

        if (resume)
        {
            Resumes++;
            await SendAsync(socket, new JsonObject { ["op"] = 6, ["d"] = new JsonObject { ["token"] = options.Value.BotToken, ["session_id"] = _sessionId, ["seq"] = _sequence } }, stoppingToken);
        }
        else
        {
            _lastIdentify = time.GetUtcNow();
            Identifies++;
            await SendAsync(socket, Identify(), stoppingToken);
        }

        try
        {
            while (!session.Token.IsCancellationRequested)
            {
                var message = await ReceiveAsync(socket, session.Token);
                if (message is null)
                {
                    return Closed(socket);
                }

                switch (message["op"]!.GetValue<int>())
                {
                    case 0:
                        if (message["s"]?.GetValue<long>() is { } s && s > (_sequence ?? 0))
                        {
                            _sequence = s;
                        }

                        await DispatchAsync(message["t"]?.GetValue<string>(), message["d"], connected, stoppingToken);
                        break;
                    case 1:
                        await SendAsync(socket, new JsonObject { ["op"] = 1, ["d"] = _sequence }, stoppingToken);
                        break;
                    case 11:
                        acked = true;
                        break;
                    case 7:
                        Log.ReconnectRequested(logger);
                        await CloseForResumeAsync(socket);
                        return GatewayOutcome.Resume;
                    case 9:
                        var resumable = message["d"]?.GetValueKind() == JsonValueKind.True;
                        Log.InvalidSession(logger, resumable);
                        if (!resumable)
                        {
                            _sessionId = null;
                            _resumeUrl = null;
                            _sequence = null;
                            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1000, 5001)), time, stoppingToken);
                        }

                        await CloseForResumeAsync(socket);
                        return resumable ? GatewayOutcome.Resume : GatewayOutcome.Identify;
                }
            }

            if (stoppingToken.IsCancellationRequested)
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "shutting down", CancellationToken.None);
                return GatewayOutcome.Stopped;
            }

            return GatewayOutcome.Resume;
        }
        catch (OperationCanceledException) when (zombie && !stoppingToken.IsCancellationRequested)
        {
            return GatewayOutcome.Resume;
        }
        finally
        {
            await session.CancelAsync();
            await heartbeats.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task HeartbeatAsync(ClientWebSocket socket, TimeSpan interval, Func<bool> acked, Action<bool> setAcked, Action zombie, CancellationTokenSource session)
    {
        try
        {
            await Task.Delay(interval * Random.Shared.NextDouble(), time, session.Token);
            while (!session.Token.IsCancellationRequested)
            {
                if (!acked())
                {
                    Log.Zombie(logger);
                    zombie();
                    await CloseForResumeAsync(socket);
                    await session.CancelAsync();
                    return;
                }

                setAcked(false);
                await SendAsync(socket, new JsonObject { ["op"] = 1, ["d"] = _sequence }, session.Token);
                await Task.Delay(interval, time, session.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The session ended; its outcome is decided by the receive loop.
        }
    }

    private async Task DispatchAsync(string? type, JsonNode? data, Action connected, CancellationToken cancellationToken)
    {
        switch (type)
        {
            case "READY":
                _sessionId = data?["session_id"]?.GetValue<string>();
                _resumeUrl = data?["resume_gateway_url"]?.GetValue<string>() is { } resumeUrl ? new Uri(resumeUrl) : null;
                BotUserId = data?["user"]?["id"]?.GetValue<string>();
                connected();
                Log.Ready(logger);
                break;
            case "RESUMED":
                connected();
                Log.Resumed(logger);
                break;
            case "MESSAGE_CREATE" when data is JsonObject message:
                await DirectMessageAsync(message, cancellationToken);
                break;
        }
    }

    private async Task DirectMessageAsync(JsonObject message, CancellationToken cancellationToken)
    {
        var author = message["author"];
        var authorId = author?["id"]?.GetValue<string>();
        var kind = message["type"]?.GetValue<int>() ?? 0;
        if (authorId is null || authorId == BotUserId || author?["bot"]?.GetValueKind() == JsonValueKind.True || author?["system"]?.GetValueKind() == JsonValueKind.True
            || message.ContainsKey("webhook_id") || message.ContainsKey("guild_id") || kind is not (0 or 19))
        {
            return;
        }

        var channel = message["channel_id"]!.GetValue<string>();
        var id = message["id"]!.GetValue<string>();
        if (!FirstDelivery(id))
        {
            // Discord may deliver an event more than once (and a resume replays): one turn per message id.
            return;
        }

        await directory.RecordAsync(channel, authorId, cancellationToken);
        var incoming = new IncomingMessage
        {
            Conversation = new ConversationKey("discord", channel),
            UserId = authorId,
            Text = message["content"]?.GetValue<string>()?.Trim() ?? "",
            Timestamp = DateTimeOffset.TryParse(message["timestamp"]?.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at) ? at : time.GetUtcNow(),
            MessageId = id,
        };
        if (!queue.TryEnqueue(new InboundTurn(incoming, new DiscordReplyChannel(rest, channel, authorId, id, options.Value.InteractionsEnabled))))
        {
            Log.QueueFull(logger);
        }
    }

    private bool FirstDelivery(string messageId)
    {
        if (!_recentIds.Add(messageId))
        {
            return false;
        }

        _recentOrder.Enqueue(messageId);
        if (_recentOrder.Count > 2000)
        {
            _recentIds.Remove(_recentOrder.Dequeue());
        }

        return true;
    }

    private JsonObject Identify() => new()
    {
        ["op"] = 2,
        ["d"] = new JsonObject
        {
            ["token"] = options.Value.BotToken,
            ["intents"] = DirectMessagesIntent,
            ["properties"] = new JsonObject { ["os"] = Environment.OSVersion.Platform.ToString().ToLowerInvariant(), ["browser"] = "botcompanion", ["device"] = "botcompanion" },
        },
    };

    /// <summary>What Discord's close means; a close that cannot heal is said at alert level, even before Hello.</summary>
    private GatewayOutcome Closed(ClientWebSocket socket)
    {
        var closed = Classify(socket.CloseStatus);
        if (closed == GatewayOutcome.Fatal)
        {
            Log.Fatal(logger, (int?)socket.CloseStatus ?? 0, socket.CloseStatusDescription ?? "");
        }

        return closed;
    }

    private static GatewayOutcome Classify(WebSocketCloseStatus? status)
    {
        var code = (int?)status;
        return code switch
        {
            null => GatewayOutcome.Resume,
            _ when FatalCloseCodes.Contains(code.Value) => GatewayOutcome.Fatal,
            _ when SessionEndingCloseCodes.Contains(code.Value) => GatewayOutcome.Identify,
            _ => GatewayOutcome.Resume,
        };
    }

    private static async Task CloseForResumeAsync(ClientWebSocket socket)
    {
        // Any code but 1000/1001 keeps the session alive on Discord's side, so it can be resumed.
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)4200, "resuming", CancellationToken.None);
            }
            catch (WebSocketException)
            {
            }
        }
    }

    private async Task SendAsync(ClientWebSocket socket, JsonObject payload, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(payload.ToJsonString());
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            if (_sendBudget.Reserve(time.GetUtcNow()) is { Ticks: > 0 } wait)
            {
                Log.SendThrottled(logger, wait.TotalSeconds);
                await Task.Delay(wait, time, cancellationToken);
            }

            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private static async Task<JsonNode?> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(chunk, cancellationToken);
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

    public override void Dispose()
    {
        _sendLock.Dispose();
        base.Dispose();
    }

    private static partial class Log
    {
        [LoggerMessage(3040, LogLevel.Information, "Discord Gateway ready", EventName = "DiscordReady")]
        public static partial void Ready(ILogger logger);

        [LoggerMessage(3041, LogLevel.Information, "Discord Gateway session resumed", EventName = "DiscordResumed")]
        public static partial void Resumed(ILogger logger);

        [LoggerMessage(3042, LogLevel.Warning, "Discord Gateway heartbeat not acknowledged: zombie connection, reconnecting to resume", EventName = "DiscordZombie")]
        public static partial void Zombie(ILogger logger);

        [LoggerMessage(3043, LogLevel.Information, "Discord asked the bot to reconnect (op 7); resuming", EventName = "DiscordReconnect")]
        public static partial void ReconnectRequested(ILogger logger);

        [LoggerMessage(3044, LogLevel.Warning, "Discord invalidated the session (op 9, resumable: {Resumable})", EventName = "DiscordInvalidSession")]
        public static partial void InvalidSession(ILogger logger, bool resumable);

        [LoggerMessage(3045, LogLevel.Critical, "Discord closed the Gateway with {Code} ({Reason}): this will not fix itself (bad token, intents or version). The Discord channel is stopped; fix Channels:Discord settings or the Developer Portal and restart", EventName = "DiscordFatal")]
        public static partial void Fatal(ILogger logger, int code, string reason);

        [LoggerMessage(3046, LogLevel.Warning, "Discord Gateway connection lost ({Error}); reconnecting", EventName = "DiscordConnectionLost")]
        public static partial void ConnectionLost(ILogger logger, string error);

        [LoggerMessage(3047, LogLevel.Warning, "Discord identify limit reached; waiting {Seconds:0} s", EventName = "DiscordIdentifyLimit")]
        public static partial void IdentifyLimit(ILogger logger, double seconds);

        [LoggerMessage(3048, LogLevel.Error, "Turn queue is full; a Discord message was not taken", EventName = "DiscordQueueFull")]
        public static partial void QueueFull(ILogger logger);

        [LoggerMessage(3049, LogLevel.Warning, "Gateway send budget spent (110 events a minute); next send in {Seconds:0.0} s", EventName = "DiscordSendThrottled")]
        public static partial void SendThrottled(ILogger logger, double seconds);
    }
}
