namespace BotCompanion.Core.Tests.Prompts;

/// <summary>offline/rehearsal.json: the kinds of resistance recognised in their words, stepping out, and what a pack must hold.</summary>
public class RehearsalBankTests
{
    private static readonly RehearsalBank Bank = PromptPackLoader.Load(RepoPaths.DefaultPack).Rehearsal;

    [Theory]
    [InlineData("She always cuts me off", "interrupts")]
    [InlineData("he never lets me finish a sentence", "interrupts")]
    [InlineData("He waves it away as not a priority", "dismisses")]
    [InlineData("she'll want the data and the business case", "numbers")]
    [InlineData("he takes it personally", "defensive")]
    [InlineData("Agrees too fast", "agrees")]
    [InlineData("says yes to everything and then nothing happens", "agrees")]
    public void Infer_ReadsTheKindOfResistance_FromTheirWords(string words, string kind) => Assert.Equal(kind, Bank.Infer(words));

    [Theory]
    [InlineData("my heroic update")]
    [InlineData("it's complicated")]
    public void Infer_FindsNothing_WhereNoCueBeginsAWord(string words) => Assert.Null(Bank.Infer(words));

    [Theory]
    [InlineData("pause", true)]
    [InlineData("Stop.", true)]
    [InlineData("let's pause", true)]
    [InlineData("I can't stop thinking about it", false)]
    public void IsStop_OnlyForAWholeMessageThatStepsOut(string text, bool expected) => Assert.Equal(expected, Bank.IsStop(text));

    [Fact]
    public void APackWithoutAKindOfResistance_OrWithTooFewLines_IsRefused_NamingTheProblem()
    {
        using var copy = PromptPackTests.PackCopy.Of("default");
        var path = Path.Combine(copy.Path, "offline", "rehearsal.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
        json["resistances"]!.AsObject().Remove("defensive");
        json["resistances"]!["agrees"]!["lines"] = new System.Text.Json.Nodes.JsonArray("Yes.", "Yes.", "Sure, {name}.");
        File.WriteAllText(path, json.ToJsonString());

        var ex = Assert.Throws<PackLoadException>(() => PromptPackLoader.Load(copy.Path));

        Assert.Contains("offline/rehearsal.json: resistance 'defensive' is missing", ex.Problems);
        Assert.Contains(ex.Problems, p => p.StartsWith("offline/rehearsal.json: resistance 'agrees' needs at least 6 different", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Contains("placeholder other than {echo}", StringComparison.Ordinal));
    }
}
