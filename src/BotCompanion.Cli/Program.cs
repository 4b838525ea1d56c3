using BotCompanion.Cli.Commands;
using BotCompanion.Core.Settings;

namespace BotCompanion.Cli;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        try
        {
            return await BuildRoot().Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (SettingsRejectedException e)
        {
            SettingsGate.Passes(e.Problems, Console.Error);
            return SettingsGate.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return 1;
        }
        catch (Exception e)
        {
            await Console.Error.WriteLineAsync("Unhandled exception: " + e);
            return 1;
        }
    }

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
