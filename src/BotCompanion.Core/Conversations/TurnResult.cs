namespace BotCompanion.Core.Conversations;

/// <summary>What a turn produced: replies to send, in order. Empty when nothing is to be said.</summary>
public sealed record TurnResult(IReadOnlyList<OutgoingReply> Replies)
{
    public static TurnResult Silent { get; } = new([]);

    public static TurnResult Say(string text, ReplyMode mode = ReplyMode.Coaching) => new([new OutgoingReply(text, mode)]);
}
