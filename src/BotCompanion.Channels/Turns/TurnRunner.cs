using BotCompanion.Core.Telemetry;

namespace BotCompanion.Channels.Turns;

/// <summary>Runs one acknowledged turn through the processor, with the typing indicator while the reply is produced.</summary>
internal sealed class TurnRunner(TurnProcessor processor, TypingClock typing)
{
    /// <summary>A child of the request that queued the turn: the turn, its typing indicators and its replies in one trace.</summary>
    public static Activity? StartSpan(InboundTurn turn)
    {
        var span = BotTelemetry.Source.StartActivity(BotTelemetry.TurnProcessSpan, ActivityKind.Consumer, turn.Origin);
        span?.SetTag("botcompanion.channel", turn.Message.Conversation.ChannelId);
        return span;
    }

    public async Task<TurnResult> ProcessAsync(InboundTurn turn)
    {
        // A person who wrote sees the bot typing if the reply takes longer than the grace, however long the model takes.
        var watch = turn.Message.Kind == IncomingKind.Message ? typing.Watch(turn.ReplyChannel) : null;
        try
        {
            return await processor.ProcessAsync(turn.Message, CancellationToken.None);
        }
        finally
        {
            if (watch is not null)
            {
                typing.Forget(watch);
                await watch.StopAsync();
                watch.Dispose();
            }
        }
    }
}
