namespace BotCompanion.Core.Nudges;

public enum NudgeKind
{
    CommitmentDue,
    WeeklyReflection,
    PreSession,
    PeriodicReview,
}
