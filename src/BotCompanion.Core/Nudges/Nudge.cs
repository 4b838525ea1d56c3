using BotCompanion.Core.Messages;

namespace BotCompanion.Core.Nudges;

/// <summary>
/// A proactive check-in due at a moment. The id is derived from what it is about and when, so scheduling the same
/// nudge twice is harmless and a delivered id can be recognised anywhere.
/// </summary>
public sealed record Nudge(string Id, ConversationKey Conversation, string UserId, NudgeKind Kind, DateTimeOffset DueAt)
{
    /// <summary>The commitment a <see cref="NudgeKind.CommitmentDue"/> nudge is about.</summary>
    public string? CommitmentId { get; init; }

    /// <summary>Delivery attempts that failed so far.</summary>
    public int Attempt { get; init; }

    public static Nudge ForCommitment(ConversationKey conversation, string userId, string commitmentId, DateTimeOffset dueAt) =>
        new($"c-{commitmentId}-{dueAt.ToUnixTimeSeconds()}", conversation, userId, NudgeKind.CommitmentDue, dueAt) { CommitmentId = commitmentId };

    public static Nudge Rhythm(ConversationKey conversation, string userId, NudgeKind kind, DateTimeOffset dueAt) =>
        new($"{kind.ToString().ToLowerInvariant()}-{conversation}-{dueAt.ToUnixTimeSeconds()}", conversation, userId, kind, dueAt);
}
