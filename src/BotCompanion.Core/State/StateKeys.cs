using BotCompanion.Core.Messages;

namespace BotCompanion.Core.State;

/// <summary>
/// Every key the bot stores, in one place. These are logical keys: the Redis store puts "{Storage:KeyPrefix}:" in
/// front of each, so one Redis can host several deployments. Keys not written through <see cref="IStateStore"/> are
/// listed at the end with the component that owns them.
/// </summary>
public static class StateKeys
{
    /// <summary>A conversation's whole state (<see cref="ConversationState"/>: sessions, commitments, summaries, the latest rehearsal, settings).</summary>
    public static string Conversation(ConversationKey key) => $"conv:{key}";

    /// <summary>A coach account (<c>Coach</c>: name, email, invite code).</summary>
    public static string Coach(string coachId) => $"coach:{coachId}";

    /// <summary>The coach id an invite code (upper case) stands for.</summary>
    public static string CoachInvite(string inviteCode) => $"coach-invite:{inviteCode}";

    /// <summary>The coach id of a sign-in email (hashed, so the address is not a key).</summary>
    public static string CoachEmail(string emailHash) => $"coach-email:{emailHash}";

    /// <summary>The executives linked to a coach (id, the name the coach sees, since when).</summary>
    public static string CoachExecutives(string coachId) => $"coach-executives:{coachId}";

    /// <summary>The summaries one executive shared with one coach.</summary>
    public static string CoachShared(string coachId, string executiveId) => $"coach-shared:{coachId}:{executiveId}";

    /// <summary>The progress figures one executive chose to share with one coach (<c>/progress share</c>).</summary>
    public static string CoachProgress(string coachId, string executiveId) => $"coach-progress:{coachId}:{executiveId}";

    /// <summary>The focus a coach proposed to one executive (<c>ProposedFocus</c>); only the coach writes it, and only the executive's chat reads it.</summary>
    public static string CoachFocus(string coachId, string executiveId) => $"coach-focus:{coachId}:{executiveId}";

    /// <summary>Where a coach's share notices go (channel and user), set with <c>/coach-notify</c>.</summary>
    public static string CoachNotify(string coachId) => $"coach-notify:{coachId}";

    /// <summary>A single-use secret, by kind (<see cref="NotifyCode"/>, <see cref="SignIn"/>) and the secret's hash: the coach it stands for and its expiry.</summary>
    public static string SingleUse(string kind, string secretHash) => $"{kind}:{secretHash}";

    /// <summary>Single-use kind: a code a coach types in a chat to receive share notices there.</summary>
    public const string NotifyCode = "coach-notify-code";

    /// <summary>Single-use kind: a portal sign-in link.</summary>
    public const string SignIn = "coach-signin";

    /// <summary>The coach link of a conversation, kept beside its state so that erasing the conversation also unlinks it.</summary>
    public static string CoachLink(ConversationKey conversation) => $"coach-link:{conversation}";

    /// <summary>
    /// A nudge that was delivered: a marker so a retried delivery is not sent twice. Kept under its conversation
    /// (a rhythm nudge's id names the conversation too), so that /forget finds and erases it.
    /// </summary>
    public static string Delivered(ConversationKey conversation, string nudgeId) => DeliveredIn(conversation) + nudgeId;

    /// <summary>The start of every <see cref="Delivered"/> marker of one conversation (and of no other).</summary>
    public static string DeliveredIn(ConversationKey conversation) => $"delivered:{Segment(conversation.ToString())}/";

    /// <summary>Replies waiting for the web chat page to collect them.</summary>
    public static string WebChatInbox(string conversationId) => $"webchat-inbox:{conversationId}";

    /// <summary>A Discord message whose button was clicked: the first click counts, a double click does nothing.</summary>
    public static string DiscordClick(string messageId) => $"discord-click:{messageId}";

    /// <summary>The user of a Discord DM channel (for check-ins in that channel).</summary>
    public static string DiscordDm(string channelId) => $"discord-dm:{channelId}";

    /// <summary>A Discord conversation whose person cannot be messaged (a refused check-in), cleared when they write again.</summary>
    public static string DiscordUnreachable(string conversationId) => $"discord-unreachable:{conversationId}";

    /// <summary>A Teams conversation reference (service URL, bot and user ids) for proactive messages.</summary>
    public static string TeamsReference(string conversationId) => $"teams-ref:{conversationId}";

    /// <summary>The personal Teams conversation of a user.</summary>
    public static string TeamsUser(string userId) => $"teams-user:{userId}";

    /// <summary>A proactive Teams delivery: sent once even when the send is retried. Under its conversation, for /forget.</summary>
    public static string TeamsDelivery(string conversationId, string deliveryId) => TeamsDeliveriesIn(conversationId) + deliveryId;

    /// <summary>The start of every <see cref="TeamsDelivery"/> key of one conversation (and of no other).</summary>
    public static string TeamsDeliveriesIn(string conversationId) => $"teams-delivery:{Segment(conversationId)}/";

    /// <summary>
    /// One part of the Redis nudge queue (not an <see cref="IStateStore"/> key): <c>ready</c> (sorted set of due
    /// nudges), <c>leased</c> (being delivered), <c>data</c> (hash of nudge bodies), <c>orphans</c> (nudges without a
    /// conversation) and <c>conv:{conversation}</c> (one conversation's nudges, so erasing it finds them).
    /// </summary>
    public static string NudgeQueue(string part) => $"nudges:{part}";

    /// <summary>
    /// One part of the durable turn journal (not an <see cref="IStateStore"/> key): <c>stream</c> (unfinished turns,
    /// read by the consumer group <c>turns</c>), <c>lane:{conversation}</c> (one conversation's entry ids in arrival
    /// order), <c>deliveries</c> and <c>sent</c> (per entry: how often taken, how many replies delivered) and
    /// <c>dead</c> (turns set aside after failing too often).
    /// </summary>
    public static string TurnJournal(string part) => $"turns:{part}";

    /// <summary>
    /// A portal sign-in session in the web host's distributed cache (not an <see cref="IStateStore"/> key); the cache
    /// itself lives under <c>portal:</c> and the Data Protection key ring under <c>dataprotection:keys</c>, both set up
    /// by the web host's Operations/SharedState.
    /// </summary>
    public static string PortalSession(string sessionId) => $"session:{sessionId}";

    /// <summary>An id as one key segment: escaped, so it holds no '/' and one conversation's prefix is never another's.</summary>
    private static string Segment(string id) => Uri.EscapeDataString(id);
}
