using BotCompanion.Core.Commands;

namespace BotCompanion.Core.Tests.Commands;

/// <summary>The command registry: one entry per command, each with an action and a description in the pack.</summary>
public class CommandRegistryTests
{
    public static TheoryData<string> TypedCommands => [.. CommandRegistry.In(CommandChannels.Typed).Select(c => c.Name)];

    [Fact]
    public void NamesAndAliases_AreUnique_LowercaseAndSlashFree()
    {
        var names = CommandRegistry.All.SelectMany(c => c.Aliases.Prepend(c.Name)).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.Matches("^[a-z][a-z-]{0,31}$", n));
    }

    [Fact]
    public void EveryDescription_IsALabelOfTheDefaultPack()
    {
        var labels = PromptPackLoader.Load(Path.Combine(RepoPaths.Prompts, "default")).Labels;
        var keys = CommandRegistry.All.SelectMany(c => c.Arguments.Select(a => a.DescriptionLabel).Prepend(c.DescriptionLabel));

        Assert.All(keys, key => Assert.False(string.IsNullOrWhiteSpace(labels.All.GetValueOrDefault(key)), $"label '{key}' is missing"));
    }

    [Theory]
    [InlineData("/Coach-Link", "coach-link")]
    [InlineData("shared", "shared")]
    [InlineData("/share", "share")]
    public void Find_ReadsTheTypedWord_WithOrWithoutItsSlash_InAnyCase(string word, string expected) =>
        Assert.Equal(expected, CommandRegistry.Find(word)?.Name);

    [Fact]
    public void Find_KnowsNothingOfAnUnlistedWord() => Assert.Null(CommandRegistry.Find("/nonsense"));

    [Theory]
    [MemberData(nameof(TypedCommands))]
    public async Task EveryTypedCommand_IsAnsweredByItsAction_NotAsUnknown(string name)
    {
        await using var coach = new CoachHarness();

        var reply = await coach.SayAsync("/" + name);

        Assert.DoesNotContain("I don't know the command", reply, StringComparison.Ordinal);
        Assert.NotEmpty(reply);
    }

    [Fact]
    public async Task ASlashOnlyCommand_TypedInAChat_IsUnknown()
    {
        await using var coach = new CoachHarness();

        Assert.Contains("I don't know the command /reflect", await coach.SayAsync("/reflect"), StringComparison.Ordinal);
    }
}
