using BotCompanion.Core.Messages;
namespace BotCompanion.Core.Turns;

/// <summary>What a turn produced: replies to send, in order (empty when nothing is to be said), and its figures.</summary>
public sealed record TurnResult(IReadOnlyList<OutgoingReply> Replies)
{
    public static TurnResult Silent { get; } = new([]);

    public TurnMetrics? Metrics { get; init; }

    /// <summary>For nudge turns: send the replies, try again later, or drop the nudge.</summary>
    public NudgeDecision? Nudge { get; init; }

    /// <summary>True when the message was handled before and these are the replies it got then.</summary>
    public bool IsRepeat { get; init; }

    /// <summary>For a repeat: the run that produced the replies (<see cref="Messages.IncomingMessage.RunId"/>), when one was given.</summary>
    public string? RepeatOf { get; init; }

    /// <summary>True when the store was unavailable: nothing was recorded, and the replies only ask to resend.</summary>
    public bool Unrecorded { get; init; }

    public static TurnResult Say(string text, ReplyMode mode = ReplyMode.Coaching) => new([new OutgoingReply(text, mode)]);
}
