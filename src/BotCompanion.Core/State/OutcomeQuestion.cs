namespace BotCompanion.Core.State;

/// <summary>The outcome question waiting for an answer at the close of a session.</summary>
public enum OutcomeQuestion
{
    /// <summary>"How useful was this, 0–10?"</summary>
    Usefulness,

    /// <summary>"Where are you now on …, 1–10?", at the end of an engagement phase.</summary>
    GoalRating,
}
