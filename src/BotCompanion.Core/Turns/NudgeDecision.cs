namespace BotCompanion.Core.Turns;

/// <summary>What to do with a nudge that fell due.</summary>
public sealed record NudgeDecision(NudgeAction Action, DateTimeOffset? RetryAt = null, string? Reason = null)
{
    public static NudgeDecision Deliver { get; } = new(NudgeAction.Deliver);

    public static NudgeDecision Defer(DateTimeOffset until, string reason) => new(NudgeAction.Defer, until, reason);

    public static NudgeDecision Drop(string reason) => new(NudgeAction.Drop, null, reason);
}
