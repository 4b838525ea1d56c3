namespace BotCompanion.Channels.Teams;

/// <summary>
/// The code a Bot Connector error body carries. Teams puts it in several places: <c>{"error":{"code":…}}</c>
/// (ErrorResponse), a sub-code inside a JSON string, as in <c>{"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\"}"}</c>,
/// or under <c>innerHttpError.body</c>. A sub-code, being the more specific, wins over a code. Prose in messages
/// is never read as a code.
/// </summary>
internal static class ConnectorErrorCode
{
    private const int MaxDepth = 5;

    public static string? Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return Find(document.RootElement, "subCode", 0) ?? Find(document.RootElement, "code", 0);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Find(JsonElement element, string name, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals(name) && property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: > 0 } code)
                    {
                        return code;
                    }
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (Find(property.Value, name, depth + 1) is { } nested)
                    {
                        return nested;
                    }
                }

                return null;
            case JsonValueKind.String when element.GetString() is { } text && text.TrimStart().StartsWith('{'):
                try
                {
                    using var inner = JsonDocument.Parse(text);
                    return Find(inner.RootElement, name, depth + 1);
                }
                catch (JsonException)
                {
                    return null;
                }

            default:
                return null;
        }
    }
}
