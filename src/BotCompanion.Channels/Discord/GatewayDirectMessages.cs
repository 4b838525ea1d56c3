using System.Globalization;

namespace BotCompanion.Channels.Discord;

/// <summary>
/// MESSAGE_CREATE events that are a person's direct message to the bot, each taken once onto the turn queue; the
/// bot's own, other bots', system and webhook messages and anything in a server are left alone.
/// </summary>
internal sealed class GatewayDirectMessages(
    DiscordRestClient rest,
    TurnQueue queue,
    DiscordDmDirectory directory,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger logger)
{
    private const int RememberedIds = 2000;
    private readonly HashSet<string> _recentIds = new(StringComparer.Ordinal);
    private readonly Queue<string> _recentOrder = new();

    /// <summary>The bot's own user id, from READY.</summary>
    public string? BotUserId { get; set; }

    public async Task TakeAsync(JsonObject message, CancellationToken cancellationToken)
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
            Timestamp = DateTimeOffset.TryParse(message["timestamp"]?.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : time.GetUtcNow(),
            MessageId = id,
        };
        if (await queue.AcceptAsync(new InboundTurn(incoming, new DiscordReplyChannel(rest, channel, authorId, id, options.Value.InteractionsEnabled)), cancellationToken) is not TurnAcceptance.Accepted)
        {
            DiscordGatewayLog.QueueFull(logger);
        }
    }

    private bool FirstDelivery(string messageId)
    {
        if (!_recentIds.Add(messageId))
        {
            return false;
        }

        _recentOrder.Enqueue(messageId);
        if (_recentOrder.Count > RememberedIds)
        {
            _recentIds.Remove(_recentOrder.Dequeue());
        }

        return true;
    }
}
