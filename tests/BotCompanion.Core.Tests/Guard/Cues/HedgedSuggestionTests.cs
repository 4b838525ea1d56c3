namespace BotCompanion.Core.Tests.Guard.Cues;

public class HedgedSuggestionTests
{
    private readonly HedgedSuggestion _cue = new();

    [Theory]
    [InlineData("Perhaps starting with just a couple of minutes each day might ease you in.")]
    [InlineData("Maybe try a shorter meeting next week.")]
    [InlineData("Perhaps you could write to her first.")]
    [InlineData("It might help to talk it through with your coach.")]
    [InlineData("One option would be to hire an interim COO.")]
    [InlineData("Another approach could be to swap the cigarette for a walk.")]
    [InlineData("Creating a list of distractions could be handy when cravings hit.")]
    [InlineData("Here are a few tips for the meeting.")]
    [InlineData("We can also explore some small, realistic steps you can take this week.")]
    public void Matches_HedgedSuggestion_IsTrue(string text)
    {
        Assert.True(_cue.Matches(GuardSentence.From(text)), text);
    }

    [Theory]
    [InlineData("Maybe you could tell me a bit more about that.")]
    [InlineData("You thought it might help to wait.")]
    [InlineData("Perhaps that's the heart of it for you.")]
    [InlineData("What might help?")]
    [InlineData("You're weighing a few options.")]
    [InlineData("Those insights came from your own experience.")]
    public void Score_NearMissReflectionOrQuestion_IsNotAdvice(string text) => CueAssert.IsNotAdvice(text);
}
