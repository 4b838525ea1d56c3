namespace BotCompanion.Core.Tests.Guard.Cues;

public class ActivityBenefitTests
{
    private readonly ActivityBenefit _cue = new();

    [Theory]
    [InlineData("Short walks or a quick stretch between meetings might help.")]
    [InlineData("Gentle evening routines, such as reading before bed, could offer some relief.")]
    [InlineData("Maybe small breaks away from the screen can ease the tension.")]
    [InlineData("There are plenty of free budgeting apps available for this.")]
    [InlineData("There are several online courses that cover public speaking.")]
    [InlineData("It can be done whenever the meeting starts to feel tense.")]
    [InlineData("This can also be practised before bed.")]
    public void Matches_ActivityPutForwardByWhatItCouldDo_IsTrue(string text) => CueAssert.MatchesAndIsAdvice(_cue, text);

    [Theory]
    [InlineData("You said short walks might help.")]
    [InlineData("It sounds like breathing exercises could help you feel calmer.")]
    [InlineData("What activities might help you unwind?")]
    [InlineData("There are many reasons this matters to you.")]
    [InlineData("Your routines have changed a lot since the move.")]
    [InlineData("You feel it can be done before the deadline.")]
    public void Score_ReflectionOrQuestionAboutActivities_IsNotAdvice(string text) => CueAssert.IsNotAdvice(text);
}
