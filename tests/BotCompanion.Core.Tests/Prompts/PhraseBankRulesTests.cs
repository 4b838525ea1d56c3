namespace BotCompanion.Core.Tests.Prompts;

public class PhraseBankRulesTests
{
    private static Dictionary<string, List<string>> DefaultSets() =>
        PromptPackLoader.Load(RepoPaths.DefaultPack).Phrases.Sets.ToDictionary(s => s.Key, s => s.Value.ToList());

    [Fact]
    public void TheShippedPhrases_MeetEveryRule() =>
        Assert.Empty(PhraseBankRules.Check(DefaultSets()));

    [Fact]
    public void ARepeatedBoundaryThatDoesNotSayWhereAdviceIs_IsReportedWithItsWording()
    {
        var sets = DefaultSets();
        sets[PhraseSets.BoundaryAgain][0] = "Still coaching.";

        var problem = Assert.Single(PhraseBankRules.Check(sets));

        Assert.Contains("'boundary-again' must name /mentor", problem, StringComparison.Ordinal);
        Assert.Contains("\"Still coaching.\"", problem, StringComparison.Ordinal);
    }
}
