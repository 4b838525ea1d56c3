namespace BotCompanion.Core.State;

/// <summary>How useful the executive found one session, 0–10, and when they said so.</summary>
public sealed record UsefulnessRating(string SessionId, int Score, DateTimeOffset At);
