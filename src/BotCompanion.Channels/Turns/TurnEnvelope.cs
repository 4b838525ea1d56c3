namespace BotCompanion.Channels.Turns;

/// <summary>A turn as the journal keeps it: the message, where its replies go, and the trace it belongs to.</summary>
internal sealed record TurnEnvelope(IncomingMessage Message, ReplyAddress Reply, bool Streams, string? TraceParent)
{
    public static string Write(InboundTurn turn) =>
        JsonSerializer.Serialize(
            new TurnEnvelope(turn.Message, turn.ReplyChannel.Address, turn.Message.Stream is not null, TraceParentOf(turn.Origin)),
            StateJson.Options);

    /// <summary>The turn again, with a reply channel restored by the restorer its address names.</summary>
    public static InboundTurn Read(string entryId, string payload, IReadOnlyDictionary<string, IReplyChannelRestorer> restorers)
    {
        var envelope = JsonSerializer.Deserialize<TurnEnvelope>(payload, StateJson.Options)
            ?? throw new JsonException("A journaled turn was null.");
        if (!restorers.TryGetValue(envelope.Reply.Kind, out var restorer))
        {
            throw new JsonException($"No channel restores reply addresses of kind '{envelope.Reply.Kind}'.");
        }

        var channel = restorer.Restore(envelope.Reply.Json);
        var message = envelope.Message with { RunId = entryId, Stream = envelope.Streams ? channel as IReplyStream : null };
        return new InboundTurn(message, channel)
        {
            Origin = ActivityContext.TryParse(envelope.TraceParent, null, out var origin) ? origin : default,
        };
    }

    private static string? TraceParentOf(ActivityContext context) =>
        context == default ? null : $"00-{context.TraceId}-{context.SpanId}-{(context.TraceFlags.HasFlag(ActivityTraceFlags.Recorded) ? "01" : "00")}";
}
