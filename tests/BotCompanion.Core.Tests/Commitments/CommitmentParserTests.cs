using BotCompanion.Core.Commitments;

namespace BotCompanion.Core.Tests.Commitments;

public class CommitmentParserTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("I'll talk to Sam about the budget by Thursday", "talk to Sam about the budget")]
    [InlineData("I will send the board memo next Monday 9am.", "send the board memo")]
    [InlineData("I'm going to draft the hiring plan by end of month", "draft the hiring plan")]
    [InlineData("My commitment is to delegate the weekly report in 2 weeks", "delegate the weekly report")]
    [InlineData("OK, I'll book a one-to-one with the CTO", "book a one-to-one with the CTO")]
    public void Parse_KeepsTheirWords_WithoutIntentOrDate(string text, string action)
    {
        Assert.Equal(action, CommitmentParser.Parse(text, Now, London).Action);
    }

    [Fact]
    public void Parse_IfThenPlanWithObstacle_ExtractsCueActionObstacleAndResponse()
    {
        var draft = CommitmentParser.Parse("If it's Monday 9:00, then I block an hour for strategy; if a meeting gets in the way, I'll move it to Tuesday", Now, London);

        Assert.Equal("it's Monday 9:00", draft.IfCue);
        Assert.Equal("block an hour for strategy", draft.ThenAction);
        Assert.Equal("a meeting", draft.Obstacle);
        Assert.Equal("move it to Tuesday", draft.ObstacleResponse);
        Assert.NotNull(draft.Due);
    }

    [Fact]
    public void Parse_ObstacleJoinedWithAndIf_IsAContingency_NotPartOfTheAction()
    {
        var draft = CommitmentParser.Parse("I'll send the restructuring memo to my leadership team by Wednesday 5pm, and if I start rewriting it again then I'll send it as it is.", Now, London);

        Assert.Equal("send the restructuring memo to my leadership team", draft.Action);
        Assert.Equal("I start rewriting it again", draft.Obstacle);
        Assert.Equal("send it as it is", draft.ObstacleResponse);
        Assert.NotNull(draft.Due);
    }

    [Theory]
    [InlineData("I'll call the CFO", true)]
    [InlineData("I am going to write it down tonight", true)]
    [InlineData("When the meeting ends, I'll send the summary", true)]
    [InlineData("The team keeps missing deadlines", false)]
    [InlineData("Will I ever get this done?", false)]
    public void LooksLikeCommitment_RecognisesFirstPersonIntent(string text, bool expected)
    {
        Assert.Equal(expected, CommitmentParser.LooksLikeCommitment(text));
    }

    [Fact]
    public void Parse_NoDate_LeavesDueEmpty()
    {
        var draft = CommitmentParser.Parse("I'll cancel two recurring meetings", Now, London);

        Assert.Null(draft.Due);
        Assert.Equal("cancel two recurring meetings", draft.Action);
    }
}
