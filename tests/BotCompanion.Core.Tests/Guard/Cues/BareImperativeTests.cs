namespace BotCompanion.Core.Tests.Guard.Cues;

public class BareImperativeTests
{
    private readonly BareImperative _cue = new();

    [Theory]
    [InlineData("Lead with the number you want.")]
    [InlineData("For the offsite, invite the quiet people first.")]
    [InlineData("You said I could share a thought, so: hire a part-time assistant.")]
    [InlineData("Happy to give you my view. Escalate to the board.")]
    public void Matches_CommandInAnyVerb_IsTrue(string text) => CueAssert.MatchesAndIsAdvice(_cue, text);

    [Theory]
    [InlineData("Great to hear that the week went well.")]
    [InlineData("Take a moment to notice what changed.")]
    [InlineData("Thanks for telling me about the move.")]
    [InlineData("Sounds like a hard week for you.")]
    public void Score_StatementOrInvitation_IsNotAdvice(string text) => CueAssert.IsNotAdvice(text);
}
