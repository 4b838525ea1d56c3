namespace BotCompanion.Core.Messages;

/// <summary>A channel-neutral user turn: what the coaching core sees of any channel.</summary>
public sealed record IncomingMessage
{
    public required ConversationKey Conversation { get; init; }

    public required string UserId { get; init; }

    public string Text { get; init; } = "";

    public IncomingKind Kind { get; init; } = IncomingKind.Message;

    public DateTimeOffset Timestamp { get; init; }

    /// <summary>IANA time zone reported by the channel, when it reports one.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Channel-assigned id, used to ignore re-delivered turns.</summary>
    public string? MessageId { get; init; }

    /// <summary>The organisation the person belongs to, when the channel says (Teams tenant); selects a tenant's prompt pack.</summary>
    public string? TenantId { get; init; }

    /// <summary>The person's language as the channel reports it (Teams activity <c>locale</c>, Discord interaction <c>locale</c>), e.g. "es-ES".</summary>
    public string? Locale { get; init; }

    /// <summary>The nudge that fell due, for <see cref="IncomingKind.Nudge"/> turns.</summary>
    public Nudges.Nudge? Nudge { get; init; }

    /// <summary>False for group chats and channels, where personal reflections are never discussed.</summary>
    public bool IsPersonal { get; init; } = true;

    /// <summary>Where a reply may be shown while it is written; null when the channel cannot stream.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReplyStream? Stream { get; init; }

    /// <summary>
    /// For channels that must answer a re-delivered message with what the first delivery got (a Teams card click,
    /// answered in its HTTP response): the replies are kept with the de-duplication record, and a repeat gets them
    /// again instead of nothing. The repeat still changes nothing.
    /// </summary>
    public bool RepeatsReplies { get; init; }

    /// <summary>
    /// For turns from the durable journal, which may run again after a crash: the replies are kept with the
    /// de-duplication record (the outbox), so a re-run gets them back to send what was not sent, and changes nothing.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool MayRunAgain => RunId is not null;

    /// <summary>The journal entry this run of the turn comes from; kept with the replies it produced.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? RunId { get; init; }
}
