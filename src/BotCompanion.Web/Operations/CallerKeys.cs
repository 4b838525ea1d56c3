using System.Buffers;
using System.Text.Json;

namespace BotCompanion.Web.Operations;

/// <summary>
/// Who is calling, for the rate limits. Teams and Discord traffic all arrives from the platforms' own addresses, so
/// an address says nothing about the person: the Teams conversation id and the Discord user id are read from the
/// body (buffered, so the endpoint reads the very same bytes). Other doors are partitioned by client address.
/// </summary>
internal static class CallerKeys
{
    private const string ItemKey = "botcompanion.caller";

    /// <summary>Larger bodies are not peeked (the endpoints refuse them anyway); they are limited by address.</summary>
    private const int MaxPeekBytes = 256 * 1024;

    public static async Task PeekAsync(HttpContext context, RequestDelegate next)
    {
        var door = Door(context.Request.Path);
        if (HttpMethods.IsPost(context.Request.Method) && door is "Teams" or "Discord"
            && context.Request.ContentLength is null or <= MaxPeekBytes)
        {
            context.Request.EnableBuffering(MaxPeekBytes);

            // Sized to the body (one byte more shows a body longer than announced), and pooled: this runs on every turn.
            var size = (int)(context.Request.ContentLength ?? MaxPeekBytes) + 1;
            var body = ArrayPool<byte>.Shared.Rent(size);
            try
            {
                var length = 0;
                int read;
                while (length < size && (read = await context.Request.Body.ReadAsync(body.AsMemory(length, size - length), context.RequestAborted)) > 0)
                {
                    length += read;
                }

                context.Request.Body.Position = 0;
                if (length <= MaxPeekBytes && Read(body.AsMemory(0, length), door) is { } caller)
                {
                    context.Items[ItemKey] = caller;
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(body);
            }
        }

        await next(context);
    }

    /// <summary>Which rate limit applies to a path, or null for none.</summary>
    public static string? Door(PathString path) => path.Value switch
    {
        "/api/messages" => "Teams",
        "/api/discord/interactions" => "Discord",
        "/chat" => "WebChat",
        var p when p?.StartsWith("/api/webchat/", StringComparison.Ordinal) == true => "WebChat",
        "/coach/signin" or "/coach/signin/sso" or "/coach/signin-oidc" => "SignIn",
        _ => null,
    };

    /// <summary>The partition of a request: the conversation or user read from the body, else the client address.</summary>
    public static string Of(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var caller) && caller is string known
            ? known
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static string? Read(ReadOnlyMemory<byte> body, string door)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return door == "Teams"
                ? Text(root, "conversation", "id") is { } conversation ? "conversation:" + conversation : null
                : (Text(root, "member", "user", "id") ?? Text(root, "user", "id")) is { } user ? "user:" + user : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }
}
