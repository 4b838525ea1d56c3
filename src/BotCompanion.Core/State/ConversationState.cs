using System.Text.Json.Serialization;
using BotCompanion.Core.Messages;

namespace BotCompanion.Core.State;

/// <summary>
/// Everything remembered about one conversation. Loaded and saved once per turn under a version check;
/// handlers mutate it in place.
/// </summary>
public sealed class ConversationState
{
    /// <summary>Ids of recently handled messages, so a re-delivered message is not handled twice.</summary>
    public List<string> RecentMessageIds { get; set; } = [];

    /// <summary>What the last few messages that asked for it (<see cref="IncomingMessage.RepeatsReplies"/>) were answered, for their repeats.</summary>
    public List<AnsweredMessage> RecentAnswers { get; set; } = [];

    public int TurnCount { get; set; }

    public DateTimeOffset? LastMessageAt { get; set; }

    /// <summary>IANA time zone last reported by the channel or chosen by the person.</summary>
    public string? TimeZone { get; set; }

    /// <summary>What the coaching engine remembers: mode, current session, commitments, summaries.</summary>
    public CoachingState Coaching { get; set; } = new();

    /// <summary>Set by a handler to delete everything stored for this conversation once the turn ends.</summary>
    [JsonIgnore]
    public bool EraseRequested { get; set; }

    private const int RememberedMessageIds = 32;
    private const int RememberedAnswers = 8;

    /// <summary>Keeps <paramref name="replies"/> as the answer to <paramref name="messageId"/>, for a repeat of it.</summary>
    public void RememberAnswer(string? messageId, IReadOnlyList<OutgoingReply> replies, string? runId = null)
    {
        if (string.IsNullOrEmpty(messageId))
        {
            return;
        }

        RecentAnswers.RemoveAll(a => a.MessageId == messageId);
        RecentAnswers.Add(new AnsweredMessage(messageId, [.. replies]) { RunId = runId });
        if (RecentAnswers.Count > RememberedAnswers)
        {
            RecentAnswers.RemoveRange(0, RecentAnswers.Count - RememberedAnswers);
        }
    }

    /// <summary>The replies <paramref name="messageId"/> got when it was handled, if they were kept.</summary>
    public AnsweredMessage? AnswerTo(string? messageId) =>
        RecentAnswers.FirstOrDefault(a => a.MessageId == messageId);

    /// <summary>Records <paramref name="messageId"/>; false when it was already handled.</summary>
    public bool TryMarkHandled(string? messageId)
    {
        if (string.IsNullOrEmpty(messageId))
        {
            return true;
        }

        if (RecentMessageIds.Contains(messageId, StringComparer.Ordinal))
        {
            return false;
        }

        RecentMessageIds.Add(messageId);
        if (RecentMessageIds.Count > RememberedMessageIds)
        {
            RecentMessageIds.RemoveRange(0, RecentMessageIds.Count - RememberedMessageIds);
        }

        return true;
    }
}
