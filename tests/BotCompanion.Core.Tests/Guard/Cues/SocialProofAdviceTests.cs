namespace BotCompanion.Core.Tests.Guard.Cues;

public class SocialProofAdviceTests
{
    private readonly SocialProofAdvice _cue = new();

    [Theory]
    [InlineData("A lot of people find that writing things down helps.")]
    [InlineData("Many leaders block an hour each morning for deep work.")]
    [InlineData("Some people find it helpful to keep a decision journal.")]
    [InlineData("Others have found that a short walk makes a difference.")]
    [InlineData("People in your position often rely on a trusted deputy.")]
    [InlineData("Many managers use a weekly one-to-one template.")]
    public void Matches_SocialProofAdvice_IsTrue(string text)
    {
        Assert.True(_cue.Matches(GuardSentence.From(text)), text);
    }

    [Theory]
    [InlineData("Many people find that hard.")]
    [InlineData("A lot of leaders feel stretched at this stage.")]
    [InlineData("Other people's opinions matter to you.")]
    [InlineData("What have others noticed about you?")]
    [InlineData("Some people on your team are new.")]
    [InlineData("You found that it helped last time.")]
    public void Score_NearMissReflectionOrQuestion_IsNotAdvice(string text) => CueAssert.IsNotAdvice(text);
}
