using BotCompanion.Core.Prompts;
using Microsoft.AspNetCore.Http;

namespace BotCompanion.Channels.Discord;

/// <summary>
/// Slash commands, button clicks and the commitment-edit modal, all as turns of the person's DM conversation.
/// Every first response is within Discord's 3 seconds: the engine's answer if it is ready in time, otherwise a
/// deferred response edited when the answer is. Clicks are checked against the button's owner and count once.
/// </summary>
public sealed partial class DiscordInteractions(
    TurnProcessor processor,
    DiscordRestClient rest,
    DiscordDmDirectory directory,
    IStateStore store,
    IPromptPackProvider packs,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordInteractions> logger)
{
    private const int Ephemeral = 64;
    private const string EditPrefix = "bc-edit|";

    private PackLabels Labels => packs.GetPack().Labels;

    public async Task<IResult> HandleAsync(JsonElement interaction, CancellationToken cancellationToken)
    {
        // InteractionShape has checked the fields read here: strings are strings, data and message are objects.
        var type = interaction.GetProperty("type").GetInt32();
        var user = Invoker(interaction);
        var channel = interaction.TryGetProperty("channel_id", out var c) ? c.GetString() : null;
        if (user is null || channel is null)
        {
            return Results.BadRequest(new { message = "The interaction has no user or channel." });
        }

        if (interaction.TryGetProperty("guild_id", out _))
        {
            return Message(Labels["directMessagesOnly"], Ephemeral);
        }

        await directory.RecordAsync(channel, user, cancellationToken);
        return type switch
        {
            2 => await CommandAsync(interaction, user, channel),
            3 => await ClickAsync(interaction, user, channel),
            5 => await ModalAsync(interaction, user, channel),
            _ => Message(Labels["interactionUnsupported"], Ephemeral),
        };
    }

    private async Task<IResult> CommandAsync(JsonElement interaction, string user, string channel)
    {
        var data = interaction.GetProperty("data");
        var name = data.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
        var text = name == "reflect"
            ? Option(data, "topic") is { Length: > 0 } topic ? $"I'd like to reflect on {topic}." : "I'd like to reflect on something."
            : DiscordCommandCatalog.Accepts(name) ? string.Join(' ', [$"/{name}", .. OptionValues(data)]) : null;
        if (text is null)
        {
            return Message(Labels["unknownCommand", ("command", "/" + name)], Ephemeral);
        }

        return await AnswerAsync(interaction, user, channel, text);
    }

    private async Task<IResult> ClickAsync(JsonElement interaction, string user, string channel)
    {
        var customId = interaction.GetProperty("data").TryGetProperty("custom_id", out var id) ? id.GetString() : null;
        if (DiscordMessages.Decode(customId) is not { } button)
        {
            return Message(Labels["buttonExpired"], Ephemeral);
        }

        if (button.Owner != user)
        {
            Log.ForeignClick(logger);
            return Message(Labels["buttonNotYours"], Ephemeral);
        }

        if (button.Send == Labels["commitmentChangeItButton"])
        {
            return Results.Json(Modal(user, Labels));
        }

        var messageId = interaction.TryGetProperty("message", out var m) && m.TryGetProperty("id", out var mid) ? mid.GetString() : null;
        if (messageId is not null && !await store.TrySaveAsync(StateKeys.DiscordClick(messageId), "{}", 0, CancellationToken.None))
        {
            // A double click: the first one counted; acknowledge without changing anything.
            return Results.Json(new { type = 6 });
        }

        var original = m.ValueKind == JsonValueKind.Object && m.TryGetProperty("content", out var content) ? content.GetString() ?? "" : "";
        var token = interaction.GetProperty("token").GetString()!;
        _ = FollowUpAsync(token, Turn(interaction, user, channel, button.Send), user);
        return Results.Json(new { type = 7, data = new { content = $"{original}\n\n✓ {button.Send}", components = Array.Empty<object>() } });
    }

    private async Task<IResult> ModalAsync(JsonElement interaction, string user, string channel)
    {
        var data = interaction.GetProperty("data");
        var customId = data.TryGetProperty("custom_id", out var id) ? id.GetString() ?? "" : "";
        if (!customId.StartsWith(EditPrefix, StringComparison.Ordinal) || customId[EditPrefix.Length..] != user)
        {
            return Message(Labels["formNotYours"], Ephemeral);
        }

        var text = TextInputs(data).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        if (text is null)
        {
            return Message(Labels["formEmpty"], Ephemeral);
        }

        return await AnswerAsync(interaction, user, channel, text);
    }

    /// <summary>The engine's answer now if it comes within the deferral budget; otherwise "thinking…" now and the answer as an edit.</summary>
    private async Task<IResult> AnswerAsync(JsonElement interaction, string user, string channel, string text)
    {
        var turn = processor.ProcessAsync(Turn(interaction, user, channel, text), CancellationToken.None);
        var token = interaction.GetProperty("token").GetString()!;
        var budget = Task.Delay(options.Value.DeferAfter, time);

        // A zero budget always defers: the deployment chose "thinking…" first, every time.
        if (options.Value.DeferAfter > TimeSpan.Zero && await Task.WhenAny(turn, budget) == turn)
        {
            var messages = Messages((await turn).Replies, user);
            _ = SendRestAsync(token, messages.Skip(1));
            return Results.Json(new { type = 4, data = messages[0] });
        }

        _ = EditWhenReadyAsync(token, turn, user);
        return Results.Json(new { type = 5 });
    }

    private async Task EditWhenReadyAsync(string token, Task<TurnResult> turn, string user)
    {
        try
        {
            var messages = Messages((await turn).Replies, user);
            await rest.EditOriginalResponseAsync(token, messages[0], CancellationToken.None);
            await SendRestAsync(token, messages.Skip(1));
        }
        catch (Exception ex) when (ex is DiscordApiException or HttpRequestException)
        {
            Log.FollowUpFailed(logger, ex.GetType().Name);
        }
    }

    private async Task FollowUpAsync(string token, IncomingMessage message, string user)
    {
        try
        {
            var result = await processor.ProcessAsync(message, CancellationToken.None);
            await SendRestAsync(token, Messages(result.Replies, user));
        }
        catch (Exception ex) when (ex is DiscordApiException or HttpRequestException)
        {
            Log.FollowUpFailed(logger, ex.GetType().Name);
        }
    }

    private async Task SendRestAsync(string token, IEnumerable<JsonObject> messages)
    {
        try
        {
            foreach (var message in messages)
            {
                await rest.CreateFollowupAsync(token, message, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is DiscordApiException or HttpRequestException)
        {
            Log.FollowUpFailed(logger, ex.GetType().Name);
        }
    }

    private List<JsonObject> Messages(IReadOnlyList<OutgoingReply> replies, string user)
    {
        var messages = replies.SelectMany(r => DiscordMessages.From(r, user, clickable: true)).ToList();
        return messages.Count > 0 ? messages : [new JsonObject { ["content"] = Labels["answered"] }];
    }

    private IncomingMessage Turn(JsonElement interaction, string user, string channel, string text) => new()
    {
        Conversation = new ConversationKey("discord", channel),
        UserId = user,
        Text = text,
        Timestamp = time.GetUtcNow(),
        MessageId = interaction.TryGetProperty("id", out var id) ? id.GetString() : null,
        Locale = interaction.TryGetProperty("locale", out var locale) && locale.ValueKind == JsonValueKind.String ? locale.GetString() : null,
    };

    private static object Modal(string user, PackLabels labels) => new
    {
        type = 9,
        data = new
        {
            custom_id = EditPrefix + user,
            title = labels["commitmentFormTitle"],
            components = new object[]
            {
                new
                {
                    type = 18,
                    label = labels["commitmentFormQuestion"],
                    component = new { type = 4, custom_id = "commitment", style = 2, min_length = 3, max_length = 400, required = true },
                },
            },
        },
    };

    private static IResult Message(string content, int flags = 0) => Results.Json(new { type = 4, data = new { content, flags } });

    private static string? Invoker(JsonElement interaction) =>
        (interaction.TryGetProperty("user", out var user) ? user
            : interaction.TryGetProperty("member", out var member) && member.TryGetProperty("user", out var memberUser) ? memberUser
            : default) is { ValueKind: JsonValueKind.Object } u && u.TryGetProperty("id", out var id) ? id.GetString() : null;

    /// <summary>A slash command's options that carry a value, in the order Discord sent them.</summary>
    private static IEnumerable<(string? Name, string Value)> Options(JsonElement data) =>
        data.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Array
            ? options.EnumerateArray()
                .Where(o => o.TryGetProperty("value", out _))
                .Select(o => (o.TryGetProperty("name", out var n) ? n.GetString() : null, o.GetProperty("value").ToString()))
            : [];

    private static IEnumerable<string> OptionValues(JsonElement data) =>
        Options(data).Select(o => o.Value.Trim()).Where(v => v.Length > 0);

    private static string? Option(JsonElement data, string name) =>
        Options(data).Where(o => o.Name == name).Select(o => o.Value).FirstOrDefault();

    /// <summary>Text input values of a modal submit, whether wrapped in Labels (type 18) or legacy Action Rows.</summary>
    private static IEnumerable<string?> TextInputs(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            if (node.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Number && type.TryGetInt32(out var kind) && kind == 4
                && node.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String)
            {
                yield return value.GetString();
            }

            foreach (var property in node.EnumerateObject().Where(p => p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array))
            {
                foreach (var inner in TextInputs(property.Value))
                {
                    yield return inner;
                }
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                foreach (var inner in TextInputs(item))
                {
                    yield return inner;
                }
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(3020, LogLevel.Warning, "A Discord button was clicked by someone other than its owner; refused", EventName = "DiscordForeignClick")]
        public static partial void ForeignClick(ILogger logger);

        [LoggerMessage(3021, LogLevel.Error, "A Discord interaction follow-up could not be delivered ({Error})", EventName = "DiscordFollowUpFailed")]
        public static partial void FollowUpFailed(ILogger logger, string error);
    }
}
