namespace BotCompanion.Core.Tests.Guard.Cues;

public class PersuadingTests
{
    private readonly Persuading _cue = new();

    [Theory]
    [InlineData("Trust me, it's worth it.")]
    [InlineData("You'll feel so much better once it's done.")]
    [InlineData("There's no reason not to start today.")]
    [InlineData("What have you got to lose?")]
    [InlineData("You owe it to yourself to take the break.")]
    [InlineData("Now is the perfect time to make the change.")]
    public void Matches_Persuading_IsTrue(string text)
    {
        Assert.True(_cue.Matches(GuardSentence.From(text)), text);
    }

    [Theory]
    [InlineData("What would make it worth it for you?")]
    [InlineData("You trust your team.")]
    [InlineData("What reasons do you have?")]
    [InlineData("You felt better after the last break.")]
    [InlineData("That sounds like a lot to carry.")]
    [InlineData("What's the right time for you?")]
    public void Score_NearMissReflectionOrQuestion_IsNotAdvice(string text) => CueAssert.IsNotAdvice(text);
}
