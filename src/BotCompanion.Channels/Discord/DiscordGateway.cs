using Microsoft.Extensions.Hosting;

namespace BotCompanion.Channels.Discord;

/// <summary>
/// The Gateway worker that brings direct messages: Hello → heartbeats (<see cref="GatewayHeartbeat"/>) → Identify
/// with the DIRECT_MESSAGES intent only, or Resume (<see cref="GatewaySession"/>). Reconnect (op 7), Invalid Session
/// (op 9, with the 1–5 s wait when not resumable) and close codes (<see cref="GatewayCloseCodes"/>) are followed as
/// Discord documents; codes that would fail forever stop the worker with a critical log line instead of a retry
/// loop. Reconnects back off with jitter; identifies are spaced (<see cref="IdentifyThrottle"/>).
/// </summary>
public sealed class DiscordGateway : BackgroundService
{
    internal const int DirectMessagesIntent = 1 << 12;
    private readonly DiscordRestClient _rest;
    private readonly IOptions<DiscordOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordGateway> _logger;
    private readonly GatewaySendGate _sendGate;
    private readonly GatewaySession _session = new();
    private readonly IdentifyThrottle _identify;
    private readonly GatewayDirectMessages _messages;

    public DiscordGateway(DiscordRestClient rest, TurnQueue queue, DiscordDmDirectory directory, IOptions<DiscordOptions> options, TimeProvider time, ILogger<DiscordGateway> logger)
    {
        _rest = rest;
        _options = options;
        _time = time;
        _logger = logger;
        _sendGate = new GatewaySendGate(time, logger);
        _identify = new IdentifyThrottle(time, logger);
        _messages = new GatewayDirectMessages(rest, queue, directory, options, time, logger);
    }

    /// <summary>The bot's own user id, from READY; its own messages are ignored.</summary>
    public string? BotUserId => _messages.BotUserId;

    /// <summary>Identify (op 2) payloads sent: fresh sessions started.</summary>
    public int Identifies { get; private set; }

    /// <summary>Resume (op 6) payloads sent.</summary>
    public int Resumes { get; private set; }

    /// <summary>True once the worker stopped for good after a fatal close code.</summary>
    public bool StoppedForGood { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Value.GatewayEnabled)
        {
            return;
        }

        var failures = 0;
        var next = GatewayOutcome.Identify;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var resume = next == GatewayOutcome.Resume && _session.CanResume;
                var url = resume ? _session.ResumeUrl! : await GatewayUrlAsync(stoppingToken);
                next = await RunConnectionAsync(url, resume, () => failures = 0, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // A dropped connection keeps the session alive on Discord's side for a while: resume.
                DiscordGatewayLog.ConnectionLost(_logger, ex.GetType().Name);
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
                await Task.Delay(failures == 1 ? TimeSpan.Zero : backoff, _time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Before every Identify: where to connect, and whether identifies are left today.</summary>
    private async Task<Uri> GatewayUrlAsync(CancellationToken cancellationToken)
    {
        var info = await _rest.GetGatewayBotAsync(cancellationToken);
        await _identify.WaitForDailyLimitAsync(info, cancellationToken);
        return _options.Value.GatewayUrl ?? new Uri(info.GetProperty("url").GetString()!);
    }

    private async Task<GatewayOutcome> RunConnectionAsync(Uri url, bool resume, Action connected, CancellationToken stoppingToken)
    {
        if (!resume)
        {
            _session.StartFresh();
            await _identify.WaitForSpacingAsync(stoppingToken);
        }

        using var transport = new GatewayTransport(_sendGate);
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        await transport.ConnectAsync(url, stoppingToken);

        var hello = await transport.ReceiveAsync(connection.Token).WaitAsync(TimeSpan.FromSeconds(30), _time, stoppingToken);
        if (hello is null)
        {
            return Closed(transport);
        }

        if ((GatewayOpcode)hello["op"]!.GetValue<int>() == GatewayOpcode.Reconnect)
        {
            return GatewayOutcome.Resume;
        }

        var heartbeat = new GatewayHeartbeat(transport, _session, _time, _logger);
        var heartbeats = heartbeat.RunAsync(TimeSpan.FromMilliseconds(hello["d"]!["heartbeat_interval"]!.GetValue<double>()), connection);
        await StartSessionAsync(transport, resume, stoppingToken);
        try
        {
            while (!connection.Token.IsCancellationRequested)
            {
                var message = await transport.ReceiveAsync(connection.Token);
                if (message is null)
                {
                    return Closed(transport);
                }

                if (await OnPayloadAsync(transport, heartbeat, message, connected, stoppingToken) is { } outcome)
                {
                    return outcome;
                }
            }

            if (stoppingToken.IsCancellationRequested)
            {
                await transport.CloseForShutdownAsync();
                return GatewayOutcome.Stopped;
            }

            return GatewayOutcome.Resume;
        }
        catch (OperationCanceledException) when (heartbeat.Zombie && !stoppingToken.IsCancellationRequested)
        {
            return GatewayOutcome.Resume;
        }
        finally
        {
            await connection.CancelAsync();
            await heartbeats.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task StartSessionAsync(GatewayTransport transport, bool resume, CancellationToken cancellationToken)
    {
        if (resume)
        {
            Resumes++;
            await transport.SendAsync(_session.ResumePayload(_options.Value.BotToken), cancellationToken);
            return;
        }

        _identify.Record();
        Identifies++;
        await transport.SendAsync(Identify(), cancellationToken);
    }

    /// <summary>One payload of a running connection; an outcome when the connection ends with it.</summary>
    private async Task<GatewayOutcome?> OnPayloadAsync(GatewayTransport transport, GatewayHeartbeat heartbeat, JsonNode message, Action connected, CancellationToken stoppingToken)
    {
        switch ((GatewayOpcode)message["op"]!.GetValue<int>())
        {
            case GatewayOpcode.Dispatch:
                _session.Observe(message["s"]?.GetValue<long>());
                await DispatchAsync(message["t"]?.GetValue<string>(), message["d"], connected, stoppingToken);
                return null;
            case GatewayOpcode.Heartbeat:
                await transport.SendAsync(_session.HeartbeatPayload(), stoppingToken);
                return null;
            case GatewayOpcode.HeartbeatAck:
                heartbeat.Acknowledge();
                return null;
            case GatewayOpcode.Reconnect:
                DiscordGatewayLog.ReconnectRequested(_logger);
                await transport.CloseForResumeAsync();
                return GatewayOutcome.Resume;
            case GatewayOpcode.InvalidSession:
                var resumable = message["d"]?.GetValueKind() == JsonValueKind.True;
                DiscordGatewayLog.InvalidSession(_logger, resumable);
                if (!resumable)
                {
                    _session.Invalidate();
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1000, 5001)), _time, stoppingToken);
                }

                await transport.CloseForResumeAsync();
                return resumable ? GatewayOutcome.Resume : GatewayOutcome.Identify;
            default:
                return null;
        }
    }

    private async Task DispatchAsync(string? type, JsonNode? data, Action connected, CancellationToken cancellationToken)
    {
        switch (type)
        {
            case "READY":
                _session.Ready(data);
                _messages.BotUserId = data?["user"]?["id"]?.GetValue<string>();
                connected();
                DiscordGatewayLog.Ready(_logger);
                break;
            case "RESUMED":
                connected();
                DiscordGatewayLog.Resumed(_logger);
                break;
            case "MESSAGE_CREATE" when data is JsonObject message:
                await _messages.TakeAsync(message, cancellationToken);
                break;
        }
    }

    private JsonObject Identify() => new()
    {
        ["op"] = (int)GatewayOpcode.Identify,
        ["d"] = new JsonObject
        {
            ["token"] = _options.Value.BotToken,
            ["intents"] = DirectMessagesIntent,
            ["properties"] = new JsonObject { ["os"] = Environment.OSVersion.Platform.ToString().ToLowerInvariant(), ["browser"] = "botcompanion", ["device"] = "botcompanion" },
        },
    };

    /// <summary>What Discord's close means; a close that cannot heal is said at alert level, even before Hello.</summary>
    private GatewayOutcome Closed(GatewayTransport transport)
    {
        var closed = GatewayCloseCodes.Classify(transport.CloseStatus);
        if (closed == GatewayOutcome.Fatal)
        {
            DiscordGatewayLog.Fatal(_logger, (int?)transport.CloseStatus ?? 0, transport.CloseStatusDescription ?? "");
        }

        return closed;
    }

    public override void Dispose()
    {
        _sendGate.Dispose();
        base.Dispose();
    }
}
