namespace BotCompanion.Core.Conversations;

/// <summary>What a turn produced: replies to send, in order (empty when nothing is to be said), and its figures.</summary>
public sealed record TurnResult(IReadOnlyList<OutgoingReply> Replies)
{
    public static TurnResult Silent { get; } = new([]);

    public TurnMetrics? Metrics { get; init; }

    public static TurnResult Say(string text, ReplyMode mode = ReplyMode.Coaching) => new([new OutgoingReply(text, mode)]);
}

/// <summary>Per-turn figures for traceability and evaluation: which pack answered, at what stage, at what cost.</summary>
public sealed record TurnMetrics(string Pack, string Mode, string Stage, int ModelCalls, int PromptTokens);
