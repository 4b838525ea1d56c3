using BotCompanion.Core.Commitments;
using static BotCompanion.Core.Tests.Support.TestClock;

namespace BotCompanion.Core.Tests.Commitments;

public class CommitmentParserTests
{
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

    [Fact]
    public void Parse_ASentenceOfFeelingAfterTheCommitment_IsNotPartOfTheAction()
    {
        var draft = CommitmentParser.Parse("And I'll talk to the CEO about yesterday by Friday. That's the conversation I'm avoiding.", Now, London);

        Assert.Equal("talk to the CEO about yesterday", draft.Action);
        Assert.NotNull(draft.Due);
    }

    [Fact]
    public void Parse_AContingencyInItsOwnSentence_StaysAContingency()
    {
        var draft = CommitmentParser.Parse("I'll block Friday mornings for deep work, starting this week. And if someone books over it I'll decline.", Now, London);

        Assert.Equal("someone books over it", draft.Obstacle);
    }

    [Theory]
    [InlineData("try to do better")]
    [InlineData("work on it")]
    [InlineData("be more present")]
    public void IsVague_ForIntentionsThatCannotBeCheckedOnADate(string action)
    {
        Assert.True(CommitmentParser.IsVague(action));
    }

    [Fact]
    public void IsVague_NotForAConcreteAction()
    {
        Assert.False(CommitmentParser.IsVague("write the approval rules for my managers"));
    }

    [Fact]
    public void TwoStepsWithTwoDays_AreDueOnTheLastDay_AndTheFirstDayStaysInTheAction()
    {
        var draft = CommitmentParser.Parse("I'll tell her on Monday and announce it to the team on Wednesday.", Now, London);

        Assert.Equal(DayOfWeek.Wednesday, draft.Due?.DayOfWeek);
        Assert.Contains("on Monday", draft.Action, StringComparison.Ordinal);
    }

    [Fact]
    public void WhenItStarts_IsNotWhenItIsDue()
    {
        var draft = CommitmentParser.Parse("I'll block Friday mornings for deep work, starting next Monday.", Now, London);

        Assert.Equal(DayOfWeek.Friday, draft.Due?.DayOfWeek);
    }
}
