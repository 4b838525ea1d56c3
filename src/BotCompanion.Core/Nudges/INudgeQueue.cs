using BotCompanion.Core.Messages;

namespace BotCompanion.Core.Nudges;

/// <summary>
/// Due nudges shared by every instance. A claim is atomic and leased: two instances never hold the same nudge,
/// and a nudge whose holder died before finishing is handed out again once the lease expires.
/// </summary>
public interface INudgeQueue
{
    /// <summary>Adds or moves a nudge (same id = same nudge).</summary>
    Task ScheduleAsync(Nudge nudge, CancellationToken cancellationToken);

    Task CancelAsync(string nudgeId, CancellationToken cancellationToken);

    /// <summary>Claims up to <paramref name="max"/> nudges due at <paramref name="now"/>, reclaiming expired leases first.</summary>
    Task<IReadOnlyList<ClaimedNudge>> ClaimDueAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Finishes a claimed nudge: delivered, or dropped on purpose.</summary>
    Task CompleteAsync(Nudge nudge, CancellationToken cancellationToken);

    /// <summary>Gives a claimed nudge back, to be handed out again at <paramref name="dueAt"/> (its own DueAt is kept).</summary>
    Task ReleaseAsync(Nudge nudge, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>Removes every nudge of a conversation (on /forget or uninstall).</summary>
    Task RemoveConversationAsync(ConversationKey conversation, CancellationToken cancellationToken);
}
