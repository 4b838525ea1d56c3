using System.Text.Json.Serialization;
using BotCompanion.Core.Coaching.State;

namespace BotCompanion.Core.Sessions;

/// <summary>
/// Everything remembered about one conversation. Loaded and saved once per turn under a version check;
/// handlers mutate it in place.
/// </summary>
public sealed class ConversationState
{
    /// <summary>Ids of recently handled messages, so a re-delivered message is not handled twice.</summary>
    public List<string> RecentMessageIds { get; set; } = [];

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
