namespace BotCompanion.Core.Tests.Guard.Cues;

public class WarningTests
{
    private readonly Warning _cue = new();

    [Theory]
    [InlineData("You need to be careful with that budget.")]
    [InlineData("Be careful, otherwise you'll lose the team's trust.")]
    [InlineData("If you don't rest, you'll burn out.")]
    [InlineData("It's risky to promise that date.")]
    [InlineData("You could end up doing it all yourself.")]
    [InlineData("Watch out for scope creep.")]
    [InlineData("Unless you hire help, the backlog will get worse.")]
    public void Matches_Warning_IsTrue(string text)
    {
        Assert.True(_cue.Matches(GuardSentence.From(text)), text);
    }

    [Theory]
    [InlineData("You're careful with the budget.")]
    [InlineData("What would you do if it didn't work?")]
    [InlineData("You worry you might burn out.")]
    [InlineData("What risks do you see?")]
    [InlineData("You've been careful so far.")]
    [InlineData("How would you know it's time to stop?")]
    [InlineData("Unless you want to, nothing will change here.")]
    public void Score_NearMissReflectionOrQuestion_IsNotAdvice(string text) => CueAssert.IsNotAdvice(text);
}
