namespace BotCompanion.Core.State;

public enum CoachingMode
{
    Coaching,
    Mentor,
}
