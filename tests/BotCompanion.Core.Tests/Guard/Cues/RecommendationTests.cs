namespace BotCompanion.Core.Tests.Guard.Cues;

public class RecommendationTests
{
    private readonly Recommendation _cue = new();

    [Theory]
    [InlineData("I recommend that you talk to the board first.")]
    [InlineData("My advice is to wait until the review.")]
    [InlineData("Make sure you prepare the numbers before the meeting.")]
    [InlineData("It would be best for you to step back from the project.")]
    [InlineData("It's important for you to rest this weekend.")]
    [InlineData("I'd suggest a shorter agenda.")]
    public void Matches_Recommendation_IsTrue(string text)
    {
        Assert.True(_cue.Matches(GuardSentence.From(text)), text);
    }

    [Theory]
    [InlineData("I want to make sure we cover what matters most to you.")]
    [InlineData("You'd like the team to feel heard.")]
    [InlineData("What would be best for you here?")]
    [InlineData("That was an important meeting for you.")]
    [InlineData("You recommended her for the role.")]
    [InlineData("What would you like to get from this conversation?")]
    public void Score_NearMissReflectionOrQuestion_IsNotAdvice(string text) => CueAssert.IsNotAdvice(text);
}
