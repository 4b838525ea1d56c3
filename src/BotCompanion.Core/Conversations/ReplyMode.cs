namespace BotCompanion.Core.Conversations;

public enum ReplyMode
{
    Coaching,
    Mentor,
}
