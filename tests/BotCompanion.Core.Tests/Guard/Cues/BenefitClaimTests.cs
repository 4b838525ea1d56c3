namespace BotCompanion.Core.Tests.Guard.Cues;

public class BenefitClaimTests
{
    private readonly BenefitClaim _cue = new();

    [Theory]
    [InlineData("Keeping a weekly review can help you stay on track.")]
    [InlineData("This can help with cravings.")]
    [InlineData("Journaling works well for a lot of people.")]
    [InlineData("Lollipops could work nicely for the hand-to-mouth habit.")]
    [InlineData("Research shows that short breaks improve focus.")]
    [InlineData("A walk is a great way to reset after a hard meeting.")]
    [InlineData("There are many apps that can help you track your habits.")]
    [InlineData("Try keeping a log for a week.")]
    [InlineData("If possible, blocking the first hour of the day for deep work could help.")]
    [InlineData("When the meeting runs long, stepping out for five minutes can help you reset.")]
    [InlineData("For example, sharing the agenda a day early might bring the quieter directors in.")]
    [InlineData("Getting there might involve asking your deputy to chair the Monday call.")]
    [InlineData("This could involve writing down what you expect from each director.")]
    public void Matches_BenefitClaim_IsTrue(string text)
    {
        Assert.True(_cue.Matches(GuardSentence.From(text)), text);
    }

    [Theory]
    [InlineData("Having the space to think matters to you.")]
    [InlineData("What can help you here?")]
    [InlineData("That week was hard for you.")]
    [InlineData("You tried keeping a log last year.")]
    [InlineData("It sounds like that worked well for you.")]
    [InlineData("Understanding this pattern is something you care about.")]
    [InlineData("Starting a new role can bring up a lot of doubt.")]
    [InlineData("This might help us see what matters most to you.")]
    public void Score_NearMissReflectionOrQuestion_IsNotAdvice(string text) => CueAssert.IsNotAdvice(text);
}
