using BotCompanion.Core.Commands;
using BotCompanion.Core.Prompts;

namespace BotCompanion.Channels.Discord;

/// <summary>
/// The Discord slash commands of <see cref="CommandRegistry"/>: which ones an interaction may name, and their
/// definitions as Discord registers them (infra/discord/commands.json is this output for the default pack).
/// </summary>
public static class DiscordCommandCatalog
{
    private const int ChatInput = 1;
    private const int StringOption = 3;
    private const int IntegerOption = 4;

    /// <summary>True when <paramref name="name"/> is a slash command that becomes typed text (everything but /reflect, which has its own wording).</summary>
    public static bool Accepts(string name) =>
        CommandRegistry.Find(name) is { Channels: var channels } command
        && channels.HasFlag(CommandChannels.DiscordSlash) && channels.HasFlag(CommandChannels.Typed) && command.Name == name;

    /// <summary>The definitions to register: global commands usable in DMs with the bot, descriptions from the pack's labels.</summary>
    public static JsonArray Definitions(PackLabels labels) =>
        [.. CommandRegistry.In(CommandChannels.DiscordSlash).Select(command => Definition(command, labels))];

    private static JsonObject Definition(CommandDefinition command, PackLabels labels)
    {
        var definition = new JsonObject
        {
            ["name"] = command.Name,
            ["type"] = ChatInput,
            ["description"] = labels[command.DescriptionLabel],
            ["integration_types"] = new JsonArray(0, 1),
            ["contexts"] = new JsonArray(1),
        };
        if (command.Arguments.Count > 0)
        {
            definition["options"] = new JsonArray([.. command.Arguments.Select(argument => Option(argument, labels))]);
        }

        return definition;
    }

    private static JsonObject Option(CommandArgument argument, PackLabels labels)
    {
        var option = new JsonObject
        {
            ["name"] = argument.Name,
            ["description"] = labels[argument.DescriptionLabel],
            ["type"] = argument.Kind == CommandArgumentKind.Number ? IntegerOption : StringOption,
            ["required"] = argument.Required,
        };
        if (argument.MaxLength is { } maxLength)
        {
            option["max_length"] = maxLength;
        }

        if (argument.Min is { } min)
        {
            option["min_value"] = min;
        }

        if (argument.Max is { } max)
        {
            option["max_value"] = max;
        }

        return option;
    }
}
