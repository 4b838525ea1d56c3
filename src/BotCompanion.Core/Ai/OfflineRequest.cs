namespace BotCompanion.Core.Ai;

public enum OfflineRequest
{
    CoachReply,
    MentorReply,
    Summary,
    Counterpart,
}
