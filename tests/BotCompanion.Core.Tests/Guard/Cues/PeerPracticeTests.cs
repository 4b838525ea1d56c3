namespace BotCompanion.Core.Tests.Guard.Cues;

public class PeerPracticeTests
{
    private readonly PeerPractice _cue = new();

    [Theory]
    [InlineData("Many managers in your position choose to hire slowly.")]
    [InlineData("People facing a move often sell the car first, and it pays off.")]
    [InlineData("Plenty of founders say a weekly demo made a real difference.")]
    [InlineData("Others may benefit from a short daily walk.")]
    public void Matches_ActionPassedOffAsWhatPeersChoose_IsTrue(string text) => CueAssert.MatchesAndIsAdvice(_cue, text);

    [Theory]
    [InlineData("Many people find this part hard.")]
    [InlineData("Lots of leaders feel the same way.")]
    [InlineData("Some people worry about that.")]
    [InlineData("What have others around you chosen?")]
    public void Score_NormalisingStatement_IsNotAdvice(string text) => CueAssert.IsNotAdvice(text);
}
