namespace BotCompanion.Core.Messages;

public enum IncomingKind
{
    /// <summary>Text the person typed.</summary>
    Message,

    /// <summary>The bot was added to a conversation (install): greet, disclose, explain privacy.</summary>
    ConversationStarted,

    /// <summary>The bot was removed: forget the conversation.</summary>
    ConversationEnded,

    /// <summary>A scheduled nudge fell due: decide whether and what to send, proactively.</summary>
    Nudge,
}
