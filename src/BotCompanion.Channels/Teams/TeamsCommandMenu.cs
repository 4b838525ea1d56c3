using BotCompanion.Core.Commands;
using BotCompanion.Core.Prompts;

namespace BotCompanion.Channels.Teams;

/// <summary>The Teams command menu of <see cref="CommandRegistry"/>, as the app manifest's commandLists hold it.</summary>
public static class TeamsCommandMenu
{
    /// <summary>Teams shows at most ten commands per list.</summary>
    public const int MaxCommands = 10;

    /// <summary>
    /// Each entry's title is the command with its slash: Teams puts a picked title into the compose box as is, and
    /// without the slash "forget" or "done" would reach the bot as a coaching message.
    /// </summary>
    public static IReadOnlyList<(string Title, string Description)> Commands(PackLabels labels) =>
        [.. CommandRegistry.In(CommandChannels.TeamsMenu).Select(c => ("/" + c.Name, labels[c.DescriptionLabel]))];
}
