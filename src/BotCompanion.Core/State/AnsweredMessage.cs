using BotCompanion.Core.Messages;

namespace BotCompanion.Core.State;

/// <summary>A handled message's id and the replies it got.</summary>
public sealed record AnsweredMessage(string MessageId, List<OutgoingReply> Replies)
{
    /// <summary>The run that produced the replies (a journal entry id), so a re-run of it is told from a second copy of the message.</summary>
    public string? RunId { get; init; }
}
