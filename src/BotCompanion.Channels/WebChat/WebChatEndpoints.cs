using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BotCompanion.Channels.WebChat;

/// <summary>
/// The development chat page: GET /chat, POST /api/webchat/messages answered synchronously, and
/// GET /api/webchat/inbox/{conversationId} for check-ins the bot sent on its own (the page polls it).
/// </summary>
public static class WebChatEndpoints
{
    internal const int MaxTextLength = 16_000;

    public static bool IsEnabled(IServiceProvider services) =>
        services.GetRequiredService<IOptions<WebChatOptions>>().Value.Enabled
        ?? services.GetRequiredService<IWebHostEnvironment>().IsDevelopment();

    public static IEndpointRouteBuilder MapWebChatEndpoints(this IEndpointRouteBuilder endpoints)
    {
        if (!IsEnabled(endpoints.ServiceProvider))
        {
            return endpoints;
        }

        endpoints.MapGet("/chat", () => Results.Content(WebChatPage.Html, "text/html; charset=utf-8"));
        endpoints.MapPost("/api/webchat/messages", PostAsync).DisableAntiforgery();
        endpoints.MapGet("/api/webchat/inbox/{conversationId}", InboxAsync);
        return endpoints;
    }

    internal static async Task<IResult> InboxAsync(string conversationId, WebChatInbox inbox, CancellationToken cancellationToken)
    {
        if (!IsValidConversationId(conversationId))
        {
            return InvalidConversationId();
        }

        return Results.Ok(new WebChatResponse(await inbox.TakeAsync(conversationId, cancellationToken)));
    }

    internal static async Task<IResult> PostAsync(WebChatMessage message, TurnProcessor processor, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!IsValidConversationId(message.ConversationId))
        {
            return InvalidConversationId();
        }

        if (message.Text is null || message.Text.Length > MaxTextLength)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [$"Required, at most {MaxTextLength} characters."] });
        }

        var incoming = new IncomingMessage
        {
            Conversation = new ConversationKey("webchat", message.ConversationId),
            UserId = "webchat:" + message.ConversationId,
            Text = message.Text.Trim(),
            Timestamp = time.GetUtcNow(),
            TimeZone = message.TimeZone,
            MessageId = message.MessageId,
        };
        var result = await processor.ProcessAsync(incoming, cancellationToken);
        return Results.Ok(new WebChatResponse([.. result.Replies.Select(WebChatReply.From)]));
    }

    private static bool IsValidConversationId(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Length <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static IResult InvalidConversationId() =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["conversationId"] = ["Required: up to 64 letters, digits, '-' or '_'."] });
}
