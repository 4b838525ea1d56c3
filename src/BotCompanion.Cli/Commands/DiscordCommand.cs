using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BotCompanion.Channels.Discord;
using BotCompanion.Core.Prompts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BotCompanion.Cli.Commands;

/// <summary>
/// <c>discord register-commands [--file F]</c>: bulk-overwrites the global slash commands (DM context) from one definition file;
/// <c>discord commands-json</c>: prints that file's content, generated from the command registry.
/// </summary>
internal static partial class DiscordCommand
{
    public static Command Create()
    {
        var file = new Option<FileInfo>("--file") { Description = "Command definitions (default: infra/discord/commands.json).", DefaultValueFactory = _ => new FileInfo(Path.Combine("infra", "discord", "commands.json")) };
        var register = new Command("register-commands", "Register the bot's slash commands with Discord (global, direct messages).") { file };
        register.SetAction(async (parse, cancellationToken) =>
        {
            using var host = CliHost.Build();
            var options = host.Services.GetRequiredService<IOptions<DiscordOptions>>().Value;
            if (string.IsNullOrWhiteSpace(options.BotToken) || string.IsNullOrWhiteSpace(options.ApplicationId))
            {
                await Console.Error.WriteLineAsync("discord register-commands: set Channels:Discord:BotToken and Channels:Discord:ApplicationId (e.g. BOTCOMPANION_Channels__Discord__BotToken).");
                return 2;
            }

            var rest = new DiscordRestClient(new HttpClient(), Options.Create(options), TimeProvider.System, NullLogger<DiscordRestClient>.Instance);
            return await RegisterAsync(rest, options.ApplicationId, parse.GetValue(file)!, Console.Out, Console.Error, cancellationToken);
        });
        var print = new Command("commands-json", "Print the slash-command definitions from the command registry and the pack's labels (the content of infra/discord/commands.json).");
        print.SetAction(async (_, cancellationToken) =>
        {
            using var host = CliHost.Build();
            var labels = host.Services.GetRequiredService<IPromptPackProvider>().GetPack().Labels;
            await Console.Out.WriteLineAsync(DiscordCommandCatalog.Definitions(labels).ToJsonString(new JsonSerializerOptions { WriteIndented = true }).AsMemory(), cancellationToken);
            return 0;
        });
        return new Command("discord", "Discord application setup.") { register, print };
    }

    internal static async Task<int> RegisterAsync(DiscordRestClient rest, string applicationId, FileInfo file, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            await error.WriteLineAsync($"discord register-commands: '{file.FullName}' does not exist.");
            return 2;
        }

        JsonArray commands;
        try
        {
            commands = JsonNode.Parse(await File.ReadAllTextAsync(file.FullName, cancellationToken)) as JsonArray
                ?? throw new FormatException("the file must hold a JSON array of commands");
            Validate(commands);
        }
        catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException or InvalidOperationException)
        {
            await error.WriteLineAsync($"discord register-commands: {file.Name}: {ex.Message}");
            return 2;
        }

        try
        {
            var registered = await rest.PutGlobalCommandsAsync(applicationId, commands, cancellationToken);
            await output.WriteLineAsync($"Registered {registered.GetArrayLength()} global commands: {string.Join(", ", registered.EnumerateArray().Select(c => "/" + c.GetProperty("name").GetString()))}");
            return 0;
        }
        catch (DiscordApiException ex)
        {
            await error.WriteLineAsync($"discord register-commands: Discord refused the commands ({(int)ex.Status}, code {ex.Code}): {ex.Message}");
            return 1;
        }
    }

    /// <summary>The documented limits, checked before Discord sees them.</summary>
    private static void Validate(JsonArray commands)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (command, index) in commands.Select((c, i) => (c, i)))
        {
            var name = command?["name"]?.GetValue<string>() ?? throw new FormatException($"command {index + 1} has no name");
            if (!Name().IsMatch(name) || !names.Add(name))
            {
                throw new FormatException($"command '{name}': names are 1–32 lowercase letters, digits, '-' or '_', and unique");
            }

            var description = command["description"]?.GetValue<string>() ?? "";
            if (description.Length is < 1 or > 100)
            {
                throw new FormatException($"command '{name}': description must be 1–100 characters");
            }

            if (command["contexts"] is not JsonArray contexts || !contexts.Any(c => c?.GetValue<int>() == 1))
            {
                throw new FormatException($"command '{name}': contexts must include 1 (the bot's direct messages)");
            }
        }
    }

    [GeneratedRegex(@"^[-_a-z0-9]{1,32}$")]
    private static partial Regex Name();
}
