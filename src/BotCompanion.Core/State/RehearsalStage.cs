namespace BotCompanion.Core.State;

/// <summary>Where a rehearsal stands: set-up (who, what, how they push back), the role-play, the debrief, then over.</summary>
public enum RehearsalStage
{
    Counterpart,
    Situation,
    Resistance,
    Playing,
    DebriefWorked,
    DebriefChange,
    DebriefFirstWords,
    CommitmentOffer,
    Ended,
}
