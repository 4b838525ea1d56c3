namespace BotCompanion.Core.Tests.Guard.Cues;

public class OfferedViewTests
{
    private readonly OfferedView _cue = new();

    [Theory]
    [InlineData("Since you asked, I'd move the review to Monday.")]
    [InlineData("If I were you, I'd talk to the landlord first.")]
    [InlineData("The way forward with the budget is to cut the travel line.")]
    [InlineData("Hiring a deputy is the right call.")]
    public void Matches_SpeakersOwnCourseOfAction_IsTrue(string text) => CueAssert.MatchesAndIsAdvice(_cue, text);

    [Theory]
    [InlineData("I'd like to ask you something about that.")]
    [InlineData("I'd be curious what you make of it.")]
    [InlineData("I'd love to hear what you tried.")]
    [InlineData("What would be the right call for you?")]
    public void Score_CoachsOwnMoveOrQuestion_IsNotAdvice(string text) => CueAssert.IsNotAdvice(text);
}
