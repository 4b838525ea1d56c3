namespace BotCompanion.Channels.Discord;

/// <summary>Replies to a direct message, in its DM channel, with a typing indicator while the reply is produced.</summary>
internal sealed class DiscordReplyChannel(DiscordRestClient rest, string channelId, string userId, string messageId, bool clickable) : IReplyChannel
{
    internal const string Kind = "discord";

    public ReplyAddress Address => new(Kind, JsonSerializer.Serialize(new DiscordReplyAddress(channelId, userId, messageId, clickable), DiscordReplyAddress.Json));

    // Discord shows the indicator for 10 seconds; refreshing sooner only spends the channel's rate limit.
    public TimeSpan TypingRefresh => TimeSpan.FromSeconds(8);

    public async Task SendTypingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await rest.TriggerTypingAsync(channelId, cancellationToken);
        }
        catch (Exception ex) when (ex is DiscordApiException or HttpRequestException)
        {
            // The typing indicator is cosmetic; the reply is still attempted.
        }
    }

    public async Task SendAsync(IReadOnlyList<OutgoingReply> replies, int from, Func<int, Task> sent, CancellationToken cancellationToken)
    {
        var index = replies.Take(from).Sum(r => DiscordMessages.From(r, userId, clickable).Count());
        for (var i = from; i < replies.Count; i++)
        {
            foreach (var message in DiscordMessages.From(replies[i], userId, clickable))
            {
                // Deterministic per reply part: a retried send returns the message already posted instead of a second one.
                await rest.CreateMessageAsync(channelId, message, DiscordProactiveSender.Nonce("reply-" + messageId, index++), cancellationToken);
            }

            await sent(i + 1);
        }
    }
}
