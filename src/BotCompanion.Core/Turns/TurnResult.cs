using BotCompanion.Core.Messages;
namespace BotCompanion.Core.Turns;

/// <summary>What a turn produced: replies to send, in order (empty when nothing is to be said), and its figures.</summary>
public sealed record TurnResult(IReadOnlyList<OutgoingReply> Replies)
{
    public static TurnResult Silent { get; } = new([]);

    public TurnMetrics? Metrics { get; init; }

    /// <summary>For nudge turns: send the replies, try again later, or drop the nudge.</summary>
    public NudgeDecision? Nudge { get; init; }

    public static TurnResult Say(string text, ReplyMode mode = ReplyMode.Coaching) => new([new OutgoingReply(text, mode)]);
}

/// <summary>Per-turn figures for traceability and evaluation: which pack answered, at what stage, at what cost.</summary>
public sealed record TurnMetrics(string Pack, string Mode, string Stage, int ModelCalls, int PromptTokens);

/// <summary>What to do with a nudge that fell due.</summary>
public sealed record NudgeDecision(NudgeAction Action, DateTimeOffset? RetryAt = null, string? Reason = null)
{
    public static NudgeDecision Deliver { get; } = new(NudgeAction.Deliver);

    public static NudgeDecision Defer(DateTimeOffset until, string reason) => new(NudgeAction.Defer, until, reason);

    public static NudgeDecision Drop(string reason) => new(NudgeAction.Drop, null, reason);
}

public enum NudgeAction
{
    Deliver,
    Defer,
    Drop,
}
