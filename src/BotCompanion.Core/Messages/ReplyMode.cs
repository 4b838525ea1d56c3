namespace BotCompanion.Core.Messages;

public enum ReplyMode
{
    Coaching,
    Mentor,
}
