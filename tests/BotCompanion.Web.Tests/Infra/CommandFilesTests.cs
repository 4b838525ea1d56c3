using BotCompanion.Channels.Discord;
using BotCompanion.Core.Prompts;

namespace BotCompanion.Web.Tests.Infra;

/// <summary>The checked-in command lists are what the command registry and the default pack's labels make of them.</summary>
public class CommandFilesTests
{
    private static readonly string Root = RepoPaths.Root;

    private static PackLabels Labels => PromptPackLoader.Load(Path.Combine(Root, "prompts", "default")).Labels;

    [Fact]
    public void DiscordCommandsJson_IsTheRegistrysSlashCommands_AsGenerated()
    {
        var shipped = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "infra", "discord", "commands.json")));

        var generated = DiscordCommandCatalog.Definitions(Labels);

        // Regenerate with: botcompanion discord commands-json > infra/discord/commands.json
        Assert.True(JsonNode.DeepEquals(shipped, generated), $"infra/discord/commands.json differs from the registry:\n{generated.ToJsonString()}");
    }

    [Fact]
    public void TeamsManifestCommandMenu_IsTheRegistrysTeamsMenu_WithThePacksDescriptions()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "infra", "teams", "manifest.template.json")))!;
        var shipped = manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray()
            .Select(c => (c!["title"]!.GetValue<string>(), c["description"]!.GetValue<string>()));

        var expected = TeamsCommandMenu.Commands(Labels);

        Assert.Equal(expected, shipped);
        Assert.InRange(expected.Count, 1, TeamsCommandMenu.MaxCommands);
    }
}
