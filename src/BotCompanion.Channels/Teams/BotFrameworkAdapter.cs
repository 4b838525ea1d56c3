using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BotCompanion.Channels.Teams;

/// <summary>
/// POST /api/messages: authenticate, parse and check the Activity, acknowledge with 202 and leave the turn to
/// <see cref="TurnWorker"/>. Invokes and expectReplies are answered synchronously, as the protocol requires.
/// </summary>
public static partial class BotFrameworkAdapter
{
    public static IEndpointRouteBuilder MapTeamsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", HandleAsync).DisableAntiforgery();
        return endpoints;
    }

    internal static async Task<IResult> HandleAsync(
        HttpContext context,
        InboundAuthenticator authenticator,
        TurnQueue queue,
        TurnProcessor processor,
        ConnectorClient connector,
        ConversationReferenceStore references,
        IOptions<TeamsOptions> options,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(BotFrameworkAdapter).FullName!);
        if (authenticator.PreAuthenticate(context) is { } refused)
        {
            return Results.StatusCode(refused.StatusCode);
        }

        var body = await ReadBodyAsync(context.Request, options.Value.MaxRequestBytes, cancellationToken);
        if (body is null)
        {
            Log.TooLarge(logger, options.Value.MaxRequestBytes);
            return Problem(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {options.Value.MaxRequestBytes} bytes.");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ConnectorClient.Json);
        }
        catch (JsonException ex)
        {
            Log.Malformed(logger, ex.Message);
            return Problem(StatusCodes.Status400BadRequest, "The body is not a valid Activity JSON document.");
        }

        if (!Utf8.IsValid(body) || (activity is not null && !IsReadable(activity)))
        {
            Log.Malformed(logger, "text that is not valid Unicode");
            return Problem(StatusCodes.Status400BadRequest, "The activity holds text that is not valid UTF-8 or Unicode.");
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            Log.Invalid(logger, "no type");
            return Problem(StatusCodes.Status400BadRequest, "The activity has no 'type'.");
        }

        var auth = await authenticator.AuthenticateAsync(context, activity, cancellationToken);
        if (!auth.Allowed)
        {
            return Results.StatusCode(auth.StatusCode);
        }

        if (Check(activity) is { } problem)
        {
            Log.Invalid(logger, problem);
            return Problem(StatusCodes.Status400BadRequest, problem);
        }

        var kind = KindOf(activity);
        if (activity.Type == ActivityTypes.Invoke)
        {
            return await InvokeAsync(activity, processor, logger, cancellationToken);
        }

        if (kind is null)
        {
            Log.Ignored(logger, activity.Type);
            return Results.Ok();
        }

        var incoming = ActivityMapper.ToIncoming(activity, kind.Value);
        if (incoming.IsPersonal && kind is IncomingKind.Message or IncomingKind.ConversationStarted)
        {
            // Captured on every authenticated activity, so check-ins can reach the person later.
            try
            {
                await references.SaveAsync(ConversationReference.From(activity), cancellationToken);
            }
            catch (StoreUnavailableException)
            {
                Log.JournalDown(logger);
                context.Response.Headers.RetryAfter = "5";
                return Problem(StatusCodes.Status503ServiceUnavailable, "The bot cannot record the activity right now; it was not accepted. Retry shortly.");
            }
        }

        if (string.Equals(activity.DeliveryMode, "expectReplies", StringComparison.Ordinal))
        {
            var result = await processor.ProcessAsync(incoming, cancellationToken);
            return Results.Json(new { activities = result.Replies.Select(r => OutgoingActivities.Message(r, activity.Recipient, activity.From, activity.Conversation!)) }, ConnectorClient.Json);
        }

        var replies = new TeamsReplyChannel(connector, activity);
        switch (await queue.AcceptAsync(new InboundTurn(incoming.IsPersonal ? incoming with { Stream = replies } : incoming, replies), cancellationToken))
        {
            case TurnAcceptance.Full:
                Log.QueueFull(logger);
                context.Response.Headers.RetryAfter = "5";
                return Problem(StatusCodes.Status503ServiceUnavailable, "The bot is busy; the activity was not accepted. Retry shortly.");
            case TurnAcceptance.Unavailable:
                // Not acknowledged, so the Bot Framework service may deliver it again; nothing of it was kept here.
                Log.JournalDown(logger);
                context.Response.Headers.RetryAfter = "5";
                return Problem(StatusCodes.Status503ServiceUnavailable, "The bot cannot record the activity right now; it was not accepted. Retry shortly.");
        }

        return Results.Accepted();
    }

    /// <summary>
    /// Card buttons (Action.Execute) arrive as adaptiveCard/action invokes: the click is a turn, answered at once with
    /// the card that replaces the clicked one; a re-delivery of the same invoke gets that card again. Feedback buttons
    /// get an empty 200; other invokes are not supported.
    /// </summary>
    private static async Task<IResult> InvokeAsync(Activity activity, TurnProcessor processor, ILogger logger, CancellationToken cancellationToken)
    {
        switch (activity.Name)
        {
            case "adaptiveCard/action":
                var data = activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("action", out var action)
                    && action.ValueKind == JsonValueKind.Object && action.TryGetProperty("data", out var d) ? d : default;
                if (AdaptiveCards.TextOf(data) is not { } text)
                {
                    Log.Invalid(logger, "adaptiveCard/action without value.action.data");
                    return Results.Json(new { statusCode = 400, type = "application/vnd.microsoft.error", value = new { code = "BadRequest", message = "The card action carries no data this bot understands." } }, statusCode: StatusCodes.Status400BadRequest);
                }

                // A repeated invoke (same activity id) gets the card the first one got, and changes nothing.
                var incoming = ActivityMapper.ToIncoming(activity, IncomingKind.Message) with { Text = text, RepeatsReplies = true };
                var result = await processor.ProcessAsync(incoming, cancellationToken);
                IReadOnlyList<OutgoingReply> replies = result.Replies.Count > 0 ? result.Replies : [new OutgoingReply("Done.")];
                return Results.Json(new { statusCode = 200, type = AdaptiveCards.ContentType, value = AdaptiveCards.Card(replies) });
            case "message/submitAction":
                return Results.Ok();
            default:
                Log.InvokeNotImplemented(logger, activity.Name ?? "");
                return Results.StatusCode(StatusCodes.Status501NotImplemented);
        }
    }

    /// <summary>Which turn an activity starts; null for activities that are acknowledged and ignored.</summary>
    private static IncomingKind? KindOf(Activity activity) => activity.Type switch
    {
        ActivityTypes.Message => IncomingKind.Message,
        ActivityTypes.ConversationUpdate when activity.MembersAdded?.Any(m => IsThisBot(activity, m)) == true => IncomingKind.ConversationStarted,
        ActivityTypes.ConversationUpdate when activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) == true => IncomingKind.ConversationEnded,
        ActivityTypes.InstallationUpdate when activity.Action is "add" => IncomingKind.ConversationStarted,
        ActivityTypes.InstallationUpdate when activity.Action is "remove" => IncomingKind.ConversationEnded,
        _ => null,
    };

    /// <summary>
    /// The bot itself, by id; in a personal chat any bot account ("28:…") is this bot, since a 1:1 chat holds one bot
    /// (some payloads carry the bot's id with and without its app-id form).
    /// </summary>
    private static bool IsThisBot(Activity activity, ChannelAccount member) =>
        member.Id == activity.Recipient?.Id
        || (activity.Conversation is { } conversation && ActivityMapper.IsPersonal(conversation) && member.Id?.StartsWith("28:", StringComparison.Ordinal) == true);

    /// <summary>The parts kept as raw JSON (read later by the mapper and the invoke handler) decode as text.</summary>
    private static bool IsReadable(Activity activity) =>
        (activity.Value is not { } value || JsonStrings.AreReadable(value))
        && (activity.ChannelData is not { } channelData || JsonStrings.AreReadable(channelData))
        && (activity.Entities ?? []).All(JsonStrings.AreReadable)
        && (activity.Attachments ?? []).All(JsonStrings.AreReadable);

    private static string? Check(Activity activity)
    {
        if (activity.Type is ActivityTypes.Typing)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no 'conversation.id'.";
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return "The activity has no 'serviceUrl'.";
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return "The activity's 'serviceUrl' is not an absolute http(s) URL.";
        }

        return null;
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static IResult Problem(int status, string detail) => Results.Problem(detail: detail, statusCode: status);

    private static partial class Log
    {
        [LoggerMessage(2001, LogLevel.Warning, "Rejected an activity larger than {Limit} bytes (413)", EventName = "ActivityTooLarge")]
        public static partial void TooLarge(ILogger logger, int limit);

        [LoggerMessage(2002, LogLevel.Warning, "Rejected a malformed activity body (400): {Reason}", EventName = "ActivityMalformed")]
        public static partial void Malformed(ILogger logger, string reason);

        [LoggerMessage(2003, LogLevel.Warning, "Rejected an invalid activity (400): {Reason}", EventName = "ActivityInvalid")]
        public static partial void Invalid(ILogger logger, string reason);

        [LoggerMessage(2004, LogLevel.Debug, "Acknowledged and ignored a '{Type}' activity", EventName = "ActivityIgnored")]
        public static partial void Ignored(ILogger logger, string type);

        [LoggerMessage(2005, LogLevel.Information, "Invoke '{Name}' is not supported (501)", EventName = "InvokeNotImplemented")]
        public static partial void InvokeNotImplemented(ILogger logger, string name);

        [LoggerMessage(2006, LogLevel.Error, "Turn queue is full; refused an activity with 503", EventName = "TurnQueueFull")]
        public static partial void QueueFull(ILogger logger);

        [LoggerMessage(2007, LogLevel.Error, "The store is unreachable; refused an activity with 503 (not acknowledged, so the channel may deliver it again)", EventName = "TurnJournalDown")]
        public static partial void JournalDown(ILogger logger);
    }
}
