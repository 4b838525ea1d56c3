using BotCompanion.Core.Outcomes;

namespace BotCompanion.Core.Tests.Outcomes;

/// <summary>A rating is a number on its own; anything else is a message that moves the conversation on.</summary>
public class ScoreReaderTests
{
    [Theory]
    [InlineData("7", 7)]
    [InlineData(" 8/10 ", 8)]
    [InlineData("about 6", 6)]
    [InlineData("9 out of 10.", 9)]
    [InlineData("0", 0)]
    [InlineData("10!", 10)]
    [InlineData("6, it helped me see the pattern", 6)]
    public void ANumberOnItsOwn_IsAScore(string text, int expected) => Assert.Equal(expected, ScoreReader.Read(text, 0, 10));

    [Theory]
    [InlineData("3 things came up with my team today")]
    [InlineData("I want to talk about the offsite")]
    [InlineData("11")]
    [InlineData("seven")]
    [InlineData("")]
    public void AnythingElse_IsNotAScore(string text) => Assert.Null(ScoreReader.Read(text, 0, 10));

    [Fact]
    public void TheRangeIsTheQuestions_SoZeroIsNoGoalRating() => Assert.Null(ScoreReader.Read("0", 1, 10));

    [Theory]
    [InlineData("Skip", true)]
    [InlineData("skip.", true)]
    [InlineData("no thanks", true)]
    [InlineData("skip the budget topic and let's talk hiring", false)]
    public void Skip_IsRecognised_OnlyAsAWholeAnswer(string text, bool expected) => Assert.Equal(expected, ScoreReader.IsSkip(text, "Skip"));
}
