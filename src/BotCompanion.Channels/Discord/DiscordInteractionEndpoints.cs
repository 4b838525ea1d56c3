using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BotCompanion.Channels.Discord;

/// <summary>POST /api/discord/interactions: signature checked over the raw bytes before anything is parsed.</summary>
public static partial class DiscordInteractionEndpoints
{
    private const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapDiscordInteractions(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/discord/interactions", HandleAsync).DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, Ed25519Verifier verifier, DiscordInteractions interactions, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(DiscordInteractionEndpoints).FullName!);
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var body = buffer.ToArray();
        if (!verifier.IsValid(context.Request.Headers["X-Signature-Ed25519"], context.Request.Headers["X-Signature-Timestamp"], body))
        {
            Log.BadSignature(logger);
            return Results.Unauthorized();
        }

        JsonElement interaction;
        try
        {
            interaction = JsonDocument.Parse(body).RootElement.Clone();
        }
        catch (JsonException)
        {
            return Results.BadRequest(new { message = "The body is not JSON." });
        }

        if (InteractionShape.Problem(interaction) is { } problem)
        {
            Log.Malformed(logger, problem);
            return Results.BadRequest(new { message = problem });
        }

        if (interaction.GetProperty("type").GetInt32() == 1)
        {
            return Results.Json(new { type = 1 });
        }

        return await interactions.HandleAsync(interaction, cancellationToken);
    }

    private static partial class Log
    {
        [LoggerMessage(3030, LogLevel.Warning, "Refused a Discord interaction with a missing or invalid signature (401)", EventName = "DiscordBadSignature")]
        public static partial void BadSignature(ILogger logger);

        [LoggerMessage(3022, LogLevel.Warning, "Refused a signed Discord interaction that is not well formed (400): {Problem}", EventName = "DiscordMalformedInteraction")]
        public static partial void Malformed(ILogger logger, string problem);
    }
}
