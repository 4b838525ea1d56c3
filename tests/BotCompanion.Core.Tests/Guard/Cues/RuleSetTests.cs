namespace BotCompanion.Core.Tests.Guard.Cues;

public class RuleSetTests
{
    [Theory]
    [InlineData("You mentioned you could try journaling.", "ModalAdvice")]
    [InlineData("It sounds like you need to feel more in control.", "ModalAdvice")]
    [InlineData("What do you think you might want to try?", "ModalAdvice")]
    [InlineData("It sounds like one option could be to wait.", "HedgedSuggestion")]
    public void Score_CueInsideASofteningFrame_FallsBelowThreshold(string text, string cue)
    {
        var sentence = GuardSentence.From(text);

        var score = RuleSet.English.Score(sentence);

        Assert.Contains(RuleSet.English.Cues, c => c.Name == cue && c.Matches(sentence));
        Assert.True(score.Score < DirectivenessGuard.Threshold, $"{text}: {score}");
    }

    [Fact]
    public void Score_StrongestCue_NamesItsFamily()
    {
        var score = RuleSet.English.Score(GuardSentence.From("I recommend you try a shorter agenda."));

        Assert.Equal(("Recommendation", 0.9), (score.Cue, score.Score));
    }

    [Fact]
    public void Cues_EveryFamilyHasAUniqueName()
    {
        Assert.Equal(RuleSet.English.Cues.Count, RuleSet.English.Cues.Select(c => c.Name).Distinct().Count());
    }
}
