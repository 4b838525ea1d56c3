using System.Security.Cryptography;
using System.Text;
using BotCompanion.Core.Nudges;

namespace BotCompanion.Channels.Discord;

/// <summary>
/// Check-ins into a person's DM channel (the conversation id). A user who cannot be messaged (50007: DMs closed,
/// bot blocked, no shared server) is recorded and never tried again.
/// </summary>
public sealed partial class DiscordProactiveSender(
    DiscordRestClient rest,
    DiscordDmDirectory directory,
    IStateStore store,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordProactiveSender> logger) : IProactiveSender
{
    // Without a bot token this instance cannot post into a DM: its Discord check-ins are left for an instance that can.
    public IReadOnlyCollection<string> Channels => options.Value.GatewayEnabled ? ["discord"] : [];

    public async Task SendAsync(ConversationKey conversation, IReadOnlyList<OutgoingReply> replies, string deliveryId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var key = StateKeys.DiscordUnreachable(conversation.ConversationId);
        if (await store.GetAsync(key, cancellationToken) is not null)
        {
            throw new RecipientUnreachableException("Discord refused messages to this person before (50007); not trying again.");
        }

        var owner = await directory.OwnerAsync(conversation.ConversationId, cancellationToken) ?? "unknown";
        var index = 0;
        try
        {
            foreach (var message in replies.SelectMany(r => DiscordMessages.From(r, owner, options.Value.InteractionsEnabled)))
            {
                await rest.CreateMessageAsync(conversation.ConversationId, message, Nonce(deliveryId, index++), cancellationToken);
            }
        }
        catch (DiscordApiException ex) when (ex.Code == DiscordApiException.CannotMessageUser || ex.Status == HttpStatusCode.Forbidden)
        {
            await store.TrySaveAsync(key, $$"""{"since":"{{time.GetUtcNow():O}}"}""", 0, CancellationToken.None);
            Log.Unreachable(logger, ex.Code ?? 0);
            throw new RecipientUnreachableException("Discord will not deliver messages to this person.", ex);
        }
    }

    /// <summary>A nonce of at most 25 characters, the same for every retry of the same delivery part.</summary>
    internal static string Nonce(string deliveryId, int index) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{deliveryId}#{index}")))[..25].ToLowerInvariant();

    private static partial class Log
    {
        [LoggerMessage(3010, LogLevel.Warning, "Discord refused a check-in (code {Code}): the person cannot be messaged; recorded, not retried", EventName = "DiscordRecipientUnreachable")]
        public static partial void Unreachable(ILogger logger, int code);
    }
}
