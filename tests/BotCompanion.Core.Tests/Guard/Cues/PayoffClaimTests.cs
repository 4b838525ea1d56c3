namespace BotCompanion.Core.Tests.Guard.Cues;

public class PayoffClaimTests
{
    private readonly PayoffClaim _cue = new();

    [Theory]
    [InlineData("Writing the agenda the night before tends to pay off.")]
    [InlineData("With the move, labelling every box usually makes things easier.")]
    [InlineData("Sometimes splitting the task in two helps overcome the dread.")]
    [InlineData("Saying no early saves you time later.")]
    public void Matches_ActionPresentedByItsPayoff_IsTrue(string text) => CueAssert.MatchesAndIsAdvice(_cue, text);

    [Theory]
    [InlineData("Feeling heard makes things easier for you.")]
    [InlineData("You've found that planning ahead pays off.")]
    [InlineData("Starting something new can bring up a lot of feelings.")]
    [InlineData("What tends to pay off for you?")]
    public void Score_ReflectionOfTheirPayoff_IsNotAdvice(string text) => CueAssert.IsNotAdvice(text);
}
