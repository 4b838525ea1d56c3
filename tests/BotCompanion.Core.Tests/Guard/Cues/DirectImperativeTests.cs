namespace BotCompanion.Core.Tests.Guard.Cues;

public class DirectImperativeTests
{
    private readonly DirectImperative _cue = new();

    [Theory]
    [InlineData("Try blocking two hours every Monday for strategy.")]
    [InlineData("Identify Triggers: Consider what typically prompts you to smoke.")]
    [InlineData("Don't let him interrupt you again.")]
    [InlineData("Just tell him how you feel.")]
    [InlineData("Be kind to yourself during this process.")]
    [InlineData("Please reach out to the board before Friday.")]
    public void Matches_DirectImperative_IsTrue(string text)
    {
        Assert.True(_cue.Matches(GuardSentence.From(text)), text);
    }

    [Theory]
    [InlineData("Tell me more about what happened.")]
    [InlineData("Let's look at your options.")]
    [InlineData("Remember, it's about progress, not perfection.")]
    [InlineData("Planning seems to matter a lot to you.")]
    [InlineData("You feel stretched thin this month.")]
    [InlineData("What would you like to focus on?")]
    public void Score_NearMissReflectionOrQuestion_IsNotAdvice(string text) => CueAssert.IsNotAdvice(text);
}
