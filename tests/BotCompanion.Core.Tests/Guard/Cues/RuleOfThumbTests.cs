namespace BotCompanion.Core.Tests.Guard.Cues;

public class RuleOfThumbTests
{
    private readonly RuleOfThumb _cue = new();

    [Theory]
    [InlineData("It's usually best to wait a day before replying to the chair.")]
    [InlineData("You're better off telling the team yourself.")]
    [InlineData("You'd be well advised to keep a note of who agreed to what.")]
    [InlineData("You may want to check the figures with finance first.")]
    [InlineData("The trick is to agree the scope before anyone starts.")]
    [InlineData("The simplest fix here is probably a shorter meeting.")]
    [InlineData("What usually helps is a written summary afterwards.")]
    [InlineData("It pays to have a second option ready.")]
    [InlineData("This can help with the nerves before a big talk.")]
    [InlineData("You'd probably do better handing the report to your deputy.")]
    [InlineData("Perhaps we can look into a few small changes to your week.")]
    public void Matches_AdviceDressedAsARuleOfThumb_IsTrue(string text)
    {
        Assert.True(_cue.Matches(GuardSentence.From(text)), text);
    }

    [Theory]
    [InlineData("You're better off than you were a year ago, in your view.")]
    [InlineData("Is it usually best to wait, do you think?")]
    [InlineData("We can think about any steps you might want to take.")]
    [InlineData("What do you think would help with the nerves?")]
    public void Matches_ComparisonQuestionOrTheirOwnChoice_IsFalse(string text)
    {
        Assert.False(_cue.Matches(GuardSentence.From(text)), text);
    }

    [Theory]
    [InlineData("Your manager told you that you're better off staying put, and something in you disagrees.")]
    [InlineData("The article you read said it's usually best to start with the hardest task.")]
    [InlineData("You've been told it pays to say yes early in a new role.")]
    public void Score_ReflectionOfAdviceOthersGaveThem_IsNotAdvice(string text) => CueAssert.IsNotAdvice(text);
}
