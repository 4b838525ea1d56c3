using BotCompanion.Core.Nudges;

namespace BotCompanion.Channels.Teams;

/// <summary>
/// Messages people in Teams when they did not just write: into the conversation their reference names (nudges),
/// or into their 1:1 chat with the bot, created when needed (<see cref="SendToUserAsync"/>). A person who blocked
/// or removed the bot is recorded as unreachable and never sent to again, but only on the answers that say so
/// (<see cref="MeansGone"/>); any other refusal fails that one delivery and leaves them reachable. A delivery id is
/// claimed in the shared store before posting, so a nudge handed over twice (another instance, a crash before the
/// scheduler recorded it) is posted at most once: Teams itself does not de-duplicate what a bot posts.
/// </summary>
public sealed partial class TeamsProactiveSender(
    ConversationReferenceStore references,
    IStateStore store,
    ConnectorClient connector,
    TimeProvider time,
    ILogger<TeamsProactiveSender> logger) : IProactiveSender
{
    public IReadOnlyCollection<string> Channels { get; } = ["msteams"];

    public async Task SendAsync(ConversationKey conversation, IReadOnlyList<OutgoingReply> replies, string deliveryId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replies);
        ArgumentException.ThrowIfNullOrWhiteSpace(deliveryId);
        var reference = await references.FindByConversationAsync(conversation.ConversationId, cancellationToken)
            ?? throw new RecipientUnreachableException("No conversation reference: the bot was removed from this chat or never installed.");
        Unreachable(reference);
        var claim = DeliveryKey(conversation.ConversationId, deliveryId);
        if (!await store.TrySaveAsync(claim, "{}", 0, cancellationToken))
        {
            Log.AlreadyDelivered(logger, deliveryId);
            return;
        }

        try
        {
            await DeliverAsync(reference, reference.ConversationId, replies, cancellationToken);
        }
        catch
        {
            // Nothing (or not everything) was accepted: release the claim so the scheduler's retry can deliver it.
            await store.DeleteAsync(claim, CancellationToken.None);
            throw;
        }
    }

    /// <summary>Channel-neutral "send to user": into their 1:1 chat with the bot, which is created if it does not exist yet.</summary>
    public async Task SendToUserAsync(string userId, IReadOnlyList<OutgoingReply> replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var reference = await references.FindByUserAsync(userId, cancellationToken)
            ?? throw new RecipientUnreachableException("The bot has never been in touch with this user in Teams.");
        Unreachable(reference);
        string conversationId;
        try
        {
            conversationId = await connector.CreatePersonalConversationAsync(new Uri(reference.ServiceUrl), reference.Bot, reference.User, reference.TenantId, cancellationToken);
        }
        catch (ConnectorException ex) when (MeansGone(ex))
        {
            throw await GoneAsync(reference, ex);
        }

        await DeliverAsync(reference, conversationId, replies, cancellationToken);
    }

    /// <summary>
    /// Whether Teams' refusal means this person can no longer be reached by the bot, so nothing more should be tried:
    /// 403 MessageWritesBlocked (blocked or uninstalled) or ConversationBlockedByUser, and 403/404
    /// BotNotInConversationRoster (removed) or ConversationNotFound (the chat is gone). Anything else (a 403 for a
    /// permission or policy problem such as NotEnoughPermissions or BotDisabledByAdmin, ContentStreamNotAllowed, a bare
    /// 403 or 404, our own refusal of an untrusted serviceUrl) fails this delivery only.
    /// </summary>
    internal static bool MeansGone(ConnectorException exception) =>
        exception.Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        && exception.SubCode switch
        {
            "MessageWritesBlocked" or "ConversationBlockedByUser" => exception.Status == HttpStatusCode.Forbidden,
            "BotNotInConversationRoster" or "ConversationNotFound" => true,
            _ => false,
        };

    private async Task DeliverAsync(ConversationReference reference, string conversationId, IReadOnlyList<OutgoingReply> replies, CancellationToken cancellationToken)
    {
        Unreachable(reference);
        var conversation = new ConversationAccount(conversationId) { ConversationType = "personal", TenantId = reference.TenantId };
        try
        {
            foreach (var activity in replies.SelectMany(r => OutgoingActivities.Messages(r, reference.Bot, reference.User, conversation)))
            {
                await connector.SendAsync(new Uri(reference.ServiceUrl), conversationId, null, activity, cancellationToken);
            }
        }
        catch (ConnectorException ex) when (MeansGone(ex))
        {
            throw await GoneAsync(reference, ex);
        }
        catch (ConnectorException ex) when (ex.Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound && ex.SubCode != "UntrustedServiceUrl")
        {
            Log.RefusedForNow(logger, (int)ex.Status, ex.SubCode ?? "none");
            throw;
        }
    }

    private async Task<RecipientUnreachableException> GoneAsync(ConversationReference reference, ConnectorException refusal)
    {
        await references.MarkUnreachableAsync(reference, time.GetUtcNow(), CancellationToken.None);
        Log.Unreachable(logger, (int)refusal.Status, refusal.SubCode!);
        return new RecipientUnreachableException($"Teams answered {(int)refusal.Status} ({refusal.SubCode}).", refusal);
    }

    private static string DeliveryKey(string conversationId, string deliveryId) => StateKeys.TeamsDelivery(conversationId, deliveryId);

    private static void Unreachable(ConversationReference reference)
    {
        if (reference.UnreachableSince is { } since)
        {
            throw new RecipientUnreachableException($"The person blocked or removed the bot ({since:yyyy-MM-dd}); not sending.");
        }
    }

    private static partial class Log
    {
        [LoggerMessage(2030, LogLevel.Warning, "Teams refused a proactive message ({Status}, {SubCode}): the person blocked or removed the bot; recorded, nothing more will be sent", EventName = "TeamsRecipientUnreachable")]
        public static partial void Unreachable(ILogger logger, int status, string subCode);

        [LoggerMessage(2032, LogLevel.Warning, "Teams refused a proactive message ({Status}, {SubCode}); not an answer that means the person blocked or removed the bot, so they stay reachable and the delivery can be retried", EventName = "TeamsProactiveRefused")]
        public static partial void RefusedForNow(ILogger logger, int status, string subCode);

        [LoggerMessage(2031, LogLevel.Information, "Delivery {DeliveryId} was already posted to Teams; not posting it again", EventName = "TeamsDeliveryRepeated")]
        public static partial void AlreadyDelivered(ILogger logger, string deliveryId);
    }
}
