namespace BotCompanion.Core.Tests.Guard.Cues;

public class ConfrontingTests
{
    private readonly Confronting _cue = new();

    [Theory]
    [InlineData("You're making excuses.")]
    [InlineData("That's just an excuse.")]
    [InlineData("Be honest with yourself about the numbers.")]
    [InlineData("You're not really trying.")]
    [InlineData("You keep saying you'll do it, but nothing changes.")]
    [InlineData("You're being unrealistic about the timeline.")]
    public void Matches_Confronting_IsTrue(string text)
    {
        Assert.True(_cue.Matches(GuardSentence.From(text)), text);
    }

    [Theory]
    [InlineData("You're honest with yourself about this.")]
    [InlineData("You've given this a lot of thought.")]
    [InlineData("What would be an honest answer?")]
    [InlineData("That's a real dilemma.")]
    [InlineData("You keep your team's trust.")]
    [InlineData("What's getting in the way?")]
    public void Score_NearMissReflectionOrQuestion_IsNotAdvice(string text) => CueAssert.IsNotAdvice(text);
}
