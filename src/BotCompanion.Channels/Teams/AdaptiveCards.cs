using System.Globalization;

namespace BotCompanion.Channels.Teams;

/// <summary>
/// Adaptive Cards (schema 1.5) for replies with buttons: quick replies (confirm a commitment, answer a check-in),
/// commitments each with Done / Reschedule / Drop, and the mode switch. Buttons are Action.Execute with an
/// Action.Submit fallback; both carry the text the engine understands, so a click is the same as typing it.
/// Every button has a text title, the card has fallback and spoken text, and nothing is conveyed by colour.
/// </summary>
internal static class AdaptiveCards
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    internal const string SendKey = "botcompanionSend";
    internal const string InputKey = "botcompanionInput";

    public static bool Needed(OutgoingReply reply) => reply.SuggestedActions.Count > 0 || reply.Items.Count > 0 || reply.Link is not null;

    public static JsonObject Card(IReadOnlyList<OutgoingReply> replies)
    {
        var body = new JsonArray();
        var actions = new JsonArray();
        var inputs = 0;
        foreach (var reply in replies)
        {
            if (reply.Mode == ReplyMode.Mentor)
            {
                body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = "Mentor mode (advice)", ["weight"] = "Bolder", ["wrap"] = true });
            }

            body.Add(Text(reply.Items.Count > 0 ? Lead(reply.Text) : reply.Text));
            foreach (var item in reply.Items)
            {
                var container = new JsonArray();
                if (item.Text.Length > 0)
                {
                    container.Add(Text(item.Text));
                }

                var buttons = new JsonArray();
                foreach (var choice in item.Choices)
                {
                    string? inputId = null;
                    if (choice.InputLabel is { } label)
                    {
                        inputId = "input" + (++inputs).ToString(CultureInfo.InvariantCulture);
                        container.Add(new JsonObject { ["type"] = "Input.Text", ["id"] = inputId, ["label"] = label, ["placeholder"] = label });
                    }

                    buttons.Add(Button(choice.Title, choice.Send, inputId));
                }

                container.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = buttons });
                body.Add(new JsonObject { ["type"] = "Container", ["separator"] = true, ["items"] = container });
            }

            foreach (var action in reply.SuggestedActions)
            {
                actions.Add(Button(action, action, null));
            }

            if (reply.Link is { } link)
            {
                actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = link.Title, ["url"] = link.Url.AbsoluteUri });
            }
        }

        var spoken = string.Join("\n", replies.Select(r => r.Text));
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["fallbackText"] = spoken,
            ["speak"] = spoken,
            ["body"] = body,
        };
        if (actions.Count > 0)
        {
            card["actions"] = actions;
        }

        return card;
    }

    public static JsonElement Attachment(IReadOnlyList<OutgoingReply> replies) =>
        JsonSerializer.SerializeToElement(new JsonObject { ["contentType"] = ContentType, ["content"] = Card(replies) });

    /// <summary>What a click means, as typed text: the button's text, plus the value of its input when it has one.</summary>
    public static string? TextOf(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object || !JsonStrings.AreReadable(data) || !data.TryGetProperty(SendKey, out var send) || send.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = send.GetString()!;
        if (data.TryGetProperty(InputKey, out var inputId) && inputId.ValueKind == JsonValueKind.String && inputId.GetString() is { } id
            && data.TryGetProperty(id, out var value) && value.ValueKind == JsonValueKind.String)
        {
            text += " " + value.GetString()!.Trim();
        }

        return text;
    }

    private static JsonObject Text(string text) => new() { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };

    /// <summary>The reply's text up to its list: the items render as their own rows.</summary>
    private static string Lead(string text) => text.Split('\n', 2)[0];

    private static JsonObject Button(string title, string send, string? inputId)
    {
        var data = new JsonObject { [SendKey] = send };
        if (inputId is not null)
        {
            data[InputKey] = inputId;
        }

        return new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = "reply",
            ["data"] = data,
            ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data.DeepClone() },
        };
    }
}
