using BotCompanion.Core.State;
using BotCompanion.Core.Turns;

namespace BotCompanion.Core.Commitments;

/// <summary>What happens after a commitment is saved with the executive's consent to be checked in on (the nudges feature).</summary>
internal interface ICommitmentFollowUp
{
    Task ScheduleAsync(TurnContext turn, Commitment commitment, CancellationToken cancellationToken);
}
