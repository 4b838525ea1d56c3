namespace BotCompanion.Channels.Teams;

/// <summary>
/// Teams streaming in a 1:1 chat: typing activities carrying a streaminfo entity (informative, then streaming with
/// the cumulative text and a sequence increasing by one), closed by a message whose streaminfo is final. The id
/// Teams gives the first activity is the stream's id. When Teams refuses streaming (403 ContentStreamNotAllowed,
/// 400 when the feature is off, the stop button), the stream goes quiet and the final reply is sent as an ordinary
/// message, so the person always gets it.
/// </summary>
internal sealed class TeamsStream(ConnectorClient connector, Uri serviceUrl, ChannelAccount? bot, ChannelAccount? user, ConversationAccount conversation)
{
    private string? _streamId;
    private int _sequence;

    /// <summary>Teams refused streaming for this turn; nothing more is streamed and the reply goes as a normal message.</summary>
    public bool Refused { get; private set; }

    /// <summary>A status line shown while the reply is being produced ("Thinking about what you said…").</summary>
    public Task InformAsync(string text, CancellationToken cancellationToken) => PostAsync("informative", text, cancellationToken);

    /// <summary>The reply so far (cumulative text, not the latest piece).</summary>
    public Task AppendAsync(string textSoFar, CancellationToken cancellationToken) => PostAsync("streaming", textSoFar, cancellationToken);

    /// <summary>Ends the stream with the complete reply (its card too, if it has one).</summary>
    public async Task FinishAsync(OutgoingReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var message = OutgoingActivities.Message(reply, bot, user, conversation);
        if (_streamId is not null && !Refused)
        {
            message.Id = _streamId;
            message.Entities = [.. message.Entities ?? [], StreamInfo("final", null)];
        }

        await connector.SendAsync(serviceUrl, conversation.Id!, null, message, cancellationToken);
    }

    private async Task PostAsync(string streamType, string text, CancellationToken cancellationToken)
    {
        if (Refused || string.IsNullOrEmpty(text))
        {
            return;
        }

        var typing = new Activity
        {
            Type = ActivityTypes.Typing,
            Id = _streamId,
            From = bot,
            Recipient = user,
            Conversation = conversation,
            Text = text,
            Entities = [StreamInfo(streamType, _sequence + 1)],
        };
        try
        {
            var id = await connector.SendAsync(serviceUrl, conversation.Id!, null, typing, cancellationToken);
            _sequence++;
            _streamId ??= id;
        }
        catch (ConnectorException ex) when (ex.Status is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest)
        {
            Refused = true;
        }
    }

    private JsonElement StreamInfo(string streamType, int? sequence)
    {
        var entity = new Dictionary<string, object> { ["type"] = "streaminfo", ["streamType"] = streamType };
        if (_streamId is not null)
        {
            entity["streamId"] = _streamId;
        }

        if (sequence is { } n)
        {
            entity["streamSequence"] = n;
        }

        return JsonSerializer.SerializeToElement(entity);
    }
}
