namespace BotCompanion.Channels.Turns;

/// <summary>An acknowledged turn; <see cref="Origin"/> is the inbound request's trace context, captured when it was queued.</summary>
public sealed record InboundTurn(IncomingMessage Message, IReplyChannel ReplyChannel)
{
    public ActivityContext Origin { get; init; }
}
