namespace BotCompanion.Core.Tests.Guard;

public class DirectivenessGuardTests
{
    private readonly DirectivenessGuard _guard = new();

    [Theory]
    [InlineData("You should delegate the weekly report to your deputy.")]
    [InlineData("I recommend that you talk to the board first.")]
    [InlineData("Try blocking two hours every Monday for strategy.")]
    [InlineData("Make sure you prepare the numbers before the meeting.")]
    [InlineData("Don't let him interrupt you again.")]
    [InlineData("You could try writing a short memo first.")]
    [InlineData("Some people find it helpful to keep a decision journal.")]
    [InlineData("One option would be to hire an interim COO.")]
    [InlineData("Be careful, otherwise you'll lose the team's trust.")]
    [InlineData("It would be best for you to step back from the project.")]
    [InlineData("Prioritisation: Focus on the three things only you can do.")]
    [InlineData("Keeping a weekly review can help you stay on track.")]
    public void Score_AdviceOrDirection_IsAdvice(string text)
    {
        Assert.True(_guard.Score(text).IsAdvice, text);
    }

    [Theory]
    [InlineData("Have you considered delegating it?")]
    [InlineData("Why not just tell him how you feel?")]
    [InlineData("What if you simply asked the CFO directly?")]
    [InlineData("How about writing it down tonight?")]
    public void Score_AdviceSmuggledIntoAQuestion_IsAdvice(string text)
    {
        Assert.True(_guard.Score(text).IsAdvice, text);
    }

    [Theory]
    [InlineData("What could you try?")]
    [InlineData("What options do you see?")]
    [InlineData("What would you like to get from this conversation?")]
    [InlineData("How might you approach the conversation with your CFO?")]
    [InlineData("What will you do, and by when?")]
    [InlineData("On a scale of 1 to 10, where are you with this today?")]
    [InlineData("If there were no constraints, what would you try?")]
    public void Score_OpenQuestion_IsOk(string text)
    {
        Assert.False(_guard.Score(text).IsAdvice, text);
    }

    [Theory]
    [InlineData("You said you should delegate more.")]
    [InlineData("It sounds like you need to feel more in control.")]
    [InlineData("So you're worried the team will miss the deadline.")]
    [InlineData("That took courage.")]
    [InlineData("Let's look at your options.")]
    [InlineData("Thank you for sharing that with me.")]
    [InlineData("Tell me more about what happened.")]
    [InlineData("Would you like to hear some ideas that others have found helpful?")]
    public void Score_ReflectionAffirmationOrStructure_IsOk(string text)
    {
        Assert.False(_guard.Score(text).IsAdvice, text);
    }

    [Fact]
    public void Score_OneDirectiveSentenceAmongReflections_IsAdvice()
    {
        var verdict = _guard.Score("You've had a hard week. You said the board meeting went badly. You should apologise to the chair.");

        Assert.True(verdict.IsAdvice);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Score_EmptyText_IsOkWithZero(string text)
    {
        Assert.Equal(new GuardVerdict(false, 0), _guard.Score(text));
    }

    [Theory]
    [InlineData("You should do it. You must. You need to. Try it. Make sure.")]
    [InlineData("What is happening?")]
    public void Score_IsAlwaysBetweenZeroAndOne(string text)
    {
        Assert.InRange(_guard.Score(text).Score, 0, 1);
    }
}
