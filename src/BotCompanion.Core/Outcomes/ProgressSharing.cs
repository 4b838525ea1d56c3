using BotCompanion.Core.Sharing;
using BotCompanion.Core.State;
using BotCompanion.Core.Turns;

namespace BotCompanion.Core.Outcomes;

/// <summary>
/// The coach's copy of the progress figures. Consent rule: the coach sees figures only after the executive types
/// <c>/progress share</c>, and only while linked to that same coach; the copy is refreshed whenever a session closes,
/// a rating is given or <c>/progress</c> is asked, and removed by <c>/progress private</c>, <c>/coach-unlink</c> and
/// <c>/forget</c>. Shared summaries do not share figures, nor figures summaries.
/// </summary>
public sealed class ProgressSharing(IStateStore store, ICoachDirectory coaches)
{
    /// <summary>The figures this executive shares with this coach; null when not shared or not linked to them.</summary>
    public async Task<ProgressFigures?> SharedWithAsync(string coachId, string executiveId, CancellationToken cancellationToken)
    {
        if (!(await coaches.ExecutivesOfAsync(coachId, cancellationToken)).Any(e => e.Id == executiveId))
        {
            return null;
        }

        return await store.GetAsync(StateKeys.CoachProgress(coachId, executiveId), cancellationToken) is { } stored
            ? JsonSerializer.Deserialize<ProgressFigures>(stored.Json, StateJson.Options)
            : null;
    }

    /// <summary>True while the executive shares their figures with the coach they are linked to now.</summary>
    internal static bool IsShared(CoachingState state) =>
        state.Coach is { } link && state.Outcomes.SharedWithCoachId == link.CoachId;

    /// <summary>Writes the coach's copy when the executive shares with their current coach; forgets a consent given to an earlier one.</summary>
    internal async Task RefreshAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (!IsShared(turn.State))
        {
            turn.State.Outcomes.SharedWithCoachId = null;
            return;
        }

        var link = turn.State.Coach!;
        var key = StateKeys.CoachProgress(link.CoachId, link.ExecutiveId);
        var json = JsonSerializer.Serialize(ProgressCalculator.Compute(turn.State, turn.Zone, turn.Now), StateJson.Options);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var current = await store.GetAsync(key, cancellationToken);
            if (await store.TrySaveAsync(key, json, current?.Version ?? 0, cancellationToken))
            {
                return;
            }
        }
    }

    internal Task WithdrawAsync(CoachLink link, CancellationToken cancellationToken) =>
        store.DeleteAsync(StateKeys.CoachProgress(link.CoachId, link.ExecutiveId), cancellationToken);
}
