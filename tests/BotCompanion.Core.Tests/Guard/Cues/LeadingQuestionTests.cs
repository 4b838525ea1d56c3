namespace BotCompanion.Core.Tests.Guard.Cues;

public class LeadingQuestionTests
{
    private readonly LeadingQuestion _cue = new();

    [Theory]
    [InlineData("Have you considered delegating it?")]
    [InlineData("Why not just tell him how you feel?")]
    [InlineData("What if you simply asked the CFO directly?")]
    [InlineData("How about writing it down tonight?")]
    [InlineData("What would happen if you cut back to five a day?")]
    [InlineData("Why don't you take Friday off?")]
    [InlineData("Would it help to block your mornings?")]
    [InlineData("Wouldn't it be easier to say no?")]
    [InlineData("What if you just postponed the launch?")]
    public void Matches_LeadingQuestion_IsTrue(string text)
    {
        Assert.True(_cue.Matches(GuardSentence.From(text)), text);
    }

    [Theory]
    [InlineData("What would you like to happen?")]
    [InlineData("What would happen if nothing changed?")]
    [InlineData("Have you thought about what matters most here?")]
    [InlineData("How have you handled this before?")]
    [InlineData("What options do you see?")]
    [InlineData("What did you try last time?")]
    public void Score_NearMissReflectionOrQuestion_IsNotAdvice(string text) => CueAssert.IsNotAdvice(text);
}
