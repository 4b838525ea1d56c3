namespace BotCompanion.Core.Sharing;

/// <summary>
/// Coaches, their executives and what each executive shared. A coach reads only their own executives' shared
/// summaries; everything else stays with the executive.
/// </summary>
public interface ICoachDirectory
{
    Task<Coach> CreateCoachAsync(string email, string displayName, CancellationToken cancellationToken);

    Task<Coach?> FindCoachAsync(string coachId, CancellationToken cancellationToken);

    Task<Coach?> FindCoachByInviteCodeAsync(string inviteCode, CancellationToken cancellationToken);

    /// <summary>The coach registered with this email (case-insensitive), for single sign-on.</summary>
    Task<Coach?> FindCoachByEmailAsync(string email, CancellationToken cancellationToken);

    Task LinkAsync(string coachId, LinkedExecutive executive, CancellationToken cancellationToken);

    /// <summary>Removes the executive from the coach, with every summary and the progress figures they shared.</summary>
    Task UnlinkAsync(string coachId, string executiveId, CancellationToken cancellationToken);

    Task<IReadOnlyList<LinkedExecutive>> ExecutivesOfAsync(string coachId, CancellationToken cancellationToken);

    Task ShareAsync(string coachId, string executiveId, SharedSummary summary, CancellationToken cancellationToken);

    Task<bool> WithdrawAsync(string coachId, string executiveId, string summaryId, CancellationToken cancellationToken);

    /// <summary>Records the day the coach held a session with this executive; false when they are not linked.</summary>
    Task<bool> RecordSessionAsync(string coachId, string executiveId, DateOnly heldOn, CancellationToken cancellationToken);

    /// <summary>Newest first; empty when the executive is not linked to this coach.</summary>
    Task<IReadOnlyList<SharedSummary>> SharedWithAsync(string coachId, string executiveId, CancellationToken cancellationToken);

    /// <summary>A short single-use code the coach sends the bot in a channel to receive share notifications there.</summary>
    Task<string> IssueNotifyCodeAsync(string coachId, TimeSpan lifetime, CancellationToken cancellationToken);

    /// <summary>Spends the code and records where the coach is notified; false when the code is unknown, used or expired.</summary>
    Task<bool> RedeemNotifyCodeAsync(string code, NotifyTarget target, CancellationToken cancellationToken);

    Task<NotifyTarget?> NotifyTargetAsync(string coachId, CancellationToken cancellationToken);

    /// <summary>A single-use sign-in link token for the coach; only its hash is stored.</summary>
    Task<string> IssueSignInTokenAsync(string coachId, TimeSpan lifetime, CancellationToken cancellationToken);

    /// <summary>The coach the token was issued to, if it is unused and unexpired; the token is spent either way.</summary>
    Task<string?> RedeemSignInTokenAsync(string token, CancellationToken cancellationToken);

    /// <summary>Sets (or replaces) the coach's proposed focus for this executive; false when they are not linked.</summary>
    Task<bool> ProposeFocusAsync(string coachId, string executiveId, string text, CancellationToken cancellationToken);

    /// <summary>Withdraws the coach's proposal; a focus the executive already accepted is theirs and stays.</summary>
    Task WithdrawFocusAsync(string coachId, string executiveId, CancellationToken cancellationToken);

    /// <summary>The coach's current proposal; null when there is none or the executive is not linked.</summary>
    Task<ProposedFocus?> ProposedFocusAsync(string coachId, string executiveId, CancellationToken cancellationToken);
}
