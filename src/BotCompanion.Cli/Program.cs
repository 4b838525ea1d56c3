using System.CommandLine;
using BotCompanion.Cli.Commands;

namespace BotCompanion.Cli;

internal static class Program
{
    public static Task<int> Main(string[] args) => BuildRoot().Parse(args).InvokeAsync();

    internal static RootCommand BuildRoot() => new("BotCompanion: talk to the coach, and the admin tools.")
    {
        ChatCommand.Create(),
        PromptsCommand.Create(),
        GuardCommand.Create(),
        UnderstandCommand.Create(),
        DiscordCommand.Create(),
        CoachCommand.Create(),
    };
}
