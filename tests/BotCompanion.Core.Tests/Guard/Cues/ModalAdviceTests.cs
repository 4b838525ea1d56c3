namespace BotCompanion.Core.Tests.Guard.Cues;

public class ModalAdviceTests
{
    private readonly ModalAdvice _cue = new();

    [Theory]
    [InlineData("You should delegate the weekly report to your deputy.")]
    [InlineData("You could try writing a short memo first.")]
    [InlineData("You might want to talk to your manager.")]
    [InlineData("You could have an honest conversation with the chair before the board meets.")]
    [InlineData("You need to set clearer boundaries.")]
    [InlineData("You might consider stress-relief methods like deep breathing.")]
    [InlineData("You'd better tell her soon.")]
    [InlineData("You could choose a quiet evening each week to go through the accounts.")]
    [InlineData("You could set aside ten minutes after lunch for it.")]
    public void Matches_ModalAdvice_IsTrue(string text)
    {
        Assert.True(_cue.Matches(GuardSentence.From(text)), text);
    }

    [Theory]
    [InlineData("You feel you should do everything yourself.")]
    [InlineData("If you need to talk, I'm here.")]
    [InlineData("What could you try?")]
    [InlineData("What do you think could be the first small step you might consider?")]
    [InlineData("You could have told him sooner, you said, and that still bothers you.")]
    [InlineData("You said you need to decide by Friday.")]
    [InlineData("Which steps you might want to take is your call.")]
    [InlineData("You're wondering whether you have to say yes.")]
    [InlineData("You said you could choose a day that suits the team.")]
    public void Score_NearMissReflectionOrQuestion_IsNotAdvice(string text) => CueAssert.IsNotAdvice(text);
}
