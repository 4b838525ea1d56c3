namespace BotCompanion.Channels.Discord;

/// <summary>
/// What a signed interaction must look like before anything reads it: an object whose fields, where present, have
/// the types Discord documents (ids and tokens are strings, <c>type</c> a whole number, <c>data</c> and
/// <c>message</c> objects, options objects), and whose strings are readable text. A signed body can still be
/// malformed (a bug at Discord, a replayed fixture, a leaked key); it gets a 400 naming the field, never a 500.
/// </summary>
internal static class InteractionShape
{
    private static readonly string[] Strings = ["id", "application_id", "token", "channel_id", "guild_id"];
    private static readonly string[] DataStrings = ["name", "custom_id"];

    /// <summary>Application command, message component and modal submit: the kinds that are turns.</summary>
    private static readonly int[] Answered = [2, 3, 5];

    /// <summary>Null when the interaction can be read; otherwise what is wrong with it.</summary>
    public static string? Problem(JsonElement interaction)
    {
        if (interaction.ValueKind != JsonValueKind.Object)
        {
            return "The interaction is not a JSON object.";
        }

        if (!JsonStrings.AreReadable(interaction))
        {
            return "The interaction holds text that is not valid Unicode.";
        }

        if (!interaction.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.Number || !type.TryGetInt32(out var kind))
        {
            return "The interaction's 'type' is missing or not a whole number.";
        }

        if (Answered.Contains(kind) && (!interaction.TryGetProperty("data", out _) || !interaction.TryGetProperty("token", out _)))
        {
            return "A command, click or form interaction needs its 'data' and 'token'.";
        }

        if (Strings.FirstOrDefault(name => interaction.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.String) is { } notString)
        {
            return $"The interaction's '{notString}' is not a string.";
        }

        if (!IsAccount(interaction, "user") || (interaction.TryGetProperty("member", out var member) && (member.ValueKind != JsonValueKind.Object || !IsAccount(member, "user"))))
        {
            return "The interaction's 'user' or 'member.user' is not an object with a string 'id'.";
        }

        return Data(interaction) ?? Message(interaction);
    }

    private static string? Data(JsonElement interaction)
    {
        if (!interaction.TryGetProperty("data", out var data))
        {
            return null;
        }

        if (data.ValueKind != JsonValueKind.Object)
        {
            return "The interaction's 'data' is not an object.";
        }

        if (DataStrings.FirstOrDefault(name => data.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.String) is { } notString)
        {
            return $"The interaction's 'data.{notString}' is not a string.";
        }

        if (data.TryGetProperty("options", out var options)
            && (options.ValueKind != JsonValueKind.Array
                || options.EnumerateArray().Any(o => o.ValueKind != JsonValueKind.Object || (o.TryGetProperty("name", out var name) && name.ValueKind != JsonValueKind.String))))
        {
            return "The interaction's 'data.options' is not a list of options with string names.";
        }

        return null;
    }

    private static string? Message(JsonElement interaction) =>
        interaction.TryGetProperty("message", out var message)
        && (message.ValueKind != JsonValueKind.Object
            || (message.TryGetProperty("id", out var id) && id.ValueKind != JsonValueKind.String)
            || (message.TryGetProperty("content", out var content) && content.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)))
            ? "The interaction's 'message' is not an object with a string 'id' and 'content'."
            : null;

    /// <summary>An absent account is fine (the handler refuses it); a present one is an object with a string id.</summary>
    private static bool IsAccount(JsonElement parent, string name) =>
        !parent.TryGetProperty(name, out var account)
        || (account.ValueKind == JsonValueKind.Object && account.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String);
}
