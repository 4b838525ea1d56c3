namespace BotCompanion.Channels.Discord;

/// <summary>
/// Replies as Discord messages: text split under 2,000 characters, quick replies and item choices as buttons
/// (legacy components: up to 5 rows of 5) on the last part. A button's custom_id carries its owner and the text
/// a click means, so any instance can handle the click without a lookup.
/// </summary>
internal static class DiscordMessages
{
    internal const int MaxContent = 2000;
    private const string Prefix = "bc";

    /// <summary>
    /// Without <paramref name="clickable"/> (no interactions endpoint configured, so Discord would deliver clicks
    /// nowhere) the choices are written into the text to be typed, and only link buttons, which need no endpoint, stay.
    /// </summary>
    public static IEnumerable<JsonObject> From(OutgoingReply reply, string ownerUserId, bool clickable)
    {
        var text = !clickable && reply.SuggestedActions.Count > 0 && !reply.SuggestedActions.All(a => reply.Text.Contains(a, StringComparison.OrdinalIgnoreCase))
            ? reply.Text + "\n(" + string.Join(" / ", reply.SuggestedActions) + ")"
            : reply.Text;
        var parts = TextSplitter.Split(text, MaxContent);
        for (var i = 0; i < parts.Count; i++)
        {
            var message = new JsonObject { ["content"] = parts[i] };
            if (i == parts.Count - 1 && Buttons(reply, ownerUserId, clickable) is { Count: > 0 } rows)
            {
                message["components"] = rows;
            }

            yield return message;
        }
    }

    /// <summary>The owner and the text a click means, or null when the custom_id is not one of ours.</summary>
    public static (string Owner, string Send)? Decode(string? customId)
    {
        var parts = customId?.Split('|', 3);
        return parts is [Prefix, var owner, var send] && owner.Length > 0 && send.Length > 0 ? (owner, send) : null;
    }

    public static string Encode(string owner, string send) => $"{Prefix}|{owner}|{send}";

    private static JsonArray Buttons(OutgoingReply reply, string owner, bool clickable)
    {
        var choices = clickable
            ? reply.SuggestedActions.Select(a => (Title: a, Send: a)).Concat(reply.Items.SelectMany(item => item.Choices.Where(c => c.InputLabel is null).Select(c => (c.Title, c.Send))))
            : [];
        var buttons = choices
            .Where(b => Encode(owner, b.Send).Length <= 100)
            .Take(25)
            .Select(b => (JsonNode)new JsonObject
            {
                ["type"] = 2,
                ["style"] = 2,
                ["label"] = b.Title.Length > 80 ? b.Title[..80] : b.Title,
                ["custom_id"] = Encode(owner, b.Send),
            })
            .ToList();
        if (reply.Link is { } link && buttons.Count < 25)
        {
            // A link button (style 5) opens the page and sends the bot nothing, so it carries a url, not a custom_id.
            buttons.Add(new JsonObject { ["type"] = 2, ["style"] = 5, ["label"] = link.Title, ["url"] = link.Url.AbsoluteUri });
        }

        var rows = new JsonArray();
        foreach (var chunk in buttons.Chunk(5))
        {
            rows.Add(new JsonObject { ["type"] = 1, ["components"] = new JsonArray([.. chunk]) });
        }

        return rows;
    }
}
