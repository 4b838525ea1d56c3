namespace BotCompanion.Channels.Teams;

/// <summary>
/// Sends one turn's replies back into the Teams (Bot Framework) conversation it came from. In a personal chat a
/// mentor reply may be streamed while the model writes it; the stream then ends with that reply as its final message.
/// </summary>
internal sealed class TeamsReplyChannel(ConnectorClient connector, Activity inbound) : IReplyChannel, IReplyStream
{
    internal const string Kind = "msteams";

    private readonly Uri _serviceUrl = new(inbound.ServiceUrl!);
    private TeamsStream? _stream;
    private ReplyMode? _streamedMode;

    public bool IsStreaming => _stream is { Refused: false };

    public ReplyAddress Address => new(Kind, JsonSerializer.Serialize(inbound, ConnectorClient.Json));

    public async Task SendTypingAsync(CancellationToken cancellationToken)
    {
        try
        {
            var typing = new Activity { Type = ActivityTypes.Typing, From = inbound.Recipient, Recipient = inbound.From, Conversation = inbound.Conversation };
            await connector.SendAsync(_serviceUrl, inbound.Conversation!.Id!, null, typing, cancellationToken);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            // A missing typing indicator is cosmetic; the reply itself is still attempted (and its failure logged).
        }
    }

    public async Task AppendAsync(string textSoFar, ReplyMode mode, CancellationToken cancellationToken)
    {
        _stream ??= new TeamsStream(connector, _serviceUrl, inbound.Recipient, inbound.From, inbound.Conversation!);
        _streamedMode = mode;
        try
        {
            await _stream.AppendAsync(textSoFar, cancellationToken);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            // Streaming is a courtesy; the complete reply is still sent when the turn ends.
        }
    }

    public async Task SendAsync(IReadOnlyList<OutgoingReply> replies, int from, Func<int, Task> sent, CancellationToken cancellationToken)
    {
        var streamed = _stream is not null ? replies.LastOrDefault(r => r.Mode == _streamedMode) : null;
        for (var i = from; i < replies.Count; i++)
        {
            var reply = replies[i];
            if (ReferenceEquals(reply, streamed))
            {
                await _stream!.FinishAsync(reply, cancellationToken);
            }
            else
            {
                foreach (var activity in OutgoingActivities.Messages(reply, inbound.Recipient, inbound.From, inbound.Conversation!))
                {
                    activity.ReplyToId = inbound.Id;
                    await connector.SendAsync(_serviceUrl, inbound.Conversation!.Id!, inbound.Id, activity, cancellationToken);
                }
            }

            await sent(i + 1);
        }
    }
}
