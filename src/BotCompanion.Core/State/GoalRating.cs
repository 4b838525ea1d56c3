namespace BotCompanion.Core.State;

/// <summary>Where the executive put themselves on their goal (in their words), 1–10, at the end of an engagement phase.</summary>
public sealed record GoalRating(string Goal, int Score, DateTimeOffset At, string SessionId);
