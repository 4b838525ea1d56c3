namespace BotCompanion.Channels;

/// <summary>
/// Whether JSON from outside can be read as text. A document can parse and still hold strings that cannot be
/// decoded (invalid UTF-8 bytes, an escaped lone surrogate): <see cref="JsonElement.GetString"/> throws on them, so
/// the channels check before they read, and refuse with a 400.
/// </summary>
internal static class JsonStrings
{
    /// <summary>True when every string and property name in <paramref name="element"/> decodes.</summary>
    public static bool AreReadable(JsonElement element)
    {
        try
        {
            return Walk(element);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool Walk(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                _ = element.GetString();
                return true;
            case JsonValueKind.Array:
                return element.EnumerateArray().All(Walk);
            case JsonValueKind.Object:
                return element.EnumerateObject().All(p => p.Name is not null && Walk(p.Value));
            default:
                return true;
        }
    }
}
