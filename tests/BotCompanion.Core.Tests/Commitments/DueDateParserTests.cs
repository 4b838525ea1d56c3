using System.Globalization;
using BotCompanion.Core.Commitments;
using static BotCompanion.Core.Tests.Support.TestClock;

namespace BotCompanion.Core.Tests.Commitments;

/// <summary>"Now" is Tuesday 24 November 2026, 10:00 in London unless a test says otherwise.</summary>
public class DueDateParserTests
{
    [Theory]
    [InlineData("I'll call Sam by Thursday", "2026-11-26 17:00", false)]
    [InlineData("next Monday 9am", "2026-11-30 09:00", true)]
    [InlineData("by end of month", "2026-11-30 17:00", false)]
    [InlineData("end of the week", "2026-11-27 17:00", false)]
    [InlineData("tomorrow afternoon", "2026-11-25 14:00", true)]
    [InlineData("tonight", "2026-11-24 20:00", true)]
    [InlineData("in 2 weeks", "2026-12-08 17:00", false)]
    [InlineData("in two weeks", "2026-12-08 17:00", false)]
    [InlineData("within a week", "2026-12-01 17:00", false)]
    [InlineData("on the 3rd", "2026-12-03 17:00", false)]
    [InlineData("by Dec 5", "2026-12-05 17:00", false)]
    [InlineData("5 December", "2026-12-05 17:00", false)]
    [InlineData("December 5th at 3pm", "2026-12-05 15:00", true)]
    [InlineData("2026-12-05", "2026-12-05 17:00", false)]
    [InlineData("Friday at 3:30 pm", "2026-11-27 15:30", true)]
    [InlineData("Wednesday 15:00", "2026-11-25 15:00", true)]
    [InlineData("by noon tomorrow", "2026-11-25 12:00", true)]
    [InlineData("next week", "2026-11-30 09:00", true)]
    [InlineData("this weekend", "2026-11-28 10:00", true)]
    [InlineData("at 9am", "2026-11-25 09:00", true)]
    [InlineData("Tuesday", "2026-12-01 17:00", false)]
    [InlineData("Feb 10", "2027-02-10 17:00", false)]
    [InlineData("on the 20th", "2026-12-20 17:00", false)]
    [InlineData("by the end of December", "2026-12-31 17:00", false)]
    [InlineData("end of March", "2027-03-31 17:00", false)]
    public void Parse_ResolvesInTheLocalZone(string text, string expectedLocal, bool hasTime)
    {
        var match = DueDateParser.Parse(text, Now, London);

        Assert.NotNull(match);
        Assert.Equal(expectedLocal, TimeZoneInfo.ConvertTime(match.Due, London).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        Assert.Equal(hasTime, match.HasTime);
    }

    [Theory]
    [InlineData("I'll talk to my team about the reorg")]
    [InlineData("I sat down with the board")]
    [InlineData("I may call him")]
    [InlineData("")]
    public void Parse_NoDateExpression_ReturnsNull(string text)
    {
        Assert.Null(DueDateParser.Parse(text, Now, London));
    }

    [Fact]
    public void Parse_EndOfMonthOnTheLastDayAfterFive_IsNextMonthsEnd()
    {
        var lastDayEvening = new DateTimeOffset(2026, 11, 30, 18, 0, 0, TimeSpan.Zero);

        var match = DueDateParser.Parse("end of month", lastDayEvening, London)!;

        Assert.Equal(new DateTime(2026, 12, 31, 17, 0, 0), TimeZoneInfo.ConvertTime(match.Due, London).DateTime);
    }

    [Fact]
    public void Parse_ReportsTheSpanOfTheExpression()
    {
        const string text = "I'll call Sam by Thursday about the budget";

        var match = DueDateParser.Parse(text, Now, London)!;

        Assert.Equal("by Thursday", text.Substring(match.Start, match.Length));
    }

    [Fact]
    public void Parse_AcrossTheSpringForwardInLondon_KeepsTheWallClockTime()
    {
        var beforeDst = new DateTimeOffset(2027, 3, 24, 10, 0, 0, TimeSpan.Zero);

        var match = DueDateParser.Parse("Monday 9am", beforeDst, London)!;

        Assert.Equal(TimeSpan.FromHours(1), match.Due.Offset);
        Assert.Equal(8, match.Due.UtcDateTime.Hour);
    }

    [Fact]
    public void Moment_SkippedTimeAtSpringForward_MovesForwardAnHour()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        var moment = DueDateParser.Moment(new DateOnly(2027, 3, 14), new TimeOnly(2, 30), newYork);

        Assert.Equal(new DateTime(2027, 3, 14, 3, 30, 0), moment.DateTime);
        Assert.Equal(TimeSpan.FromHours(-4), moment.Offset);
    }

    [Fact]
    public void Moment_RepeatedTimeAtFallBack_TakesTheFirstOccurrence()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        var moment = DueDateParser.Moment(new DateOnly(2026, 11, 1), new TimeOnly(1, 30), newYork);

        Assert.Equal(TimeSpan.FromHours(-4), moment.Offset);
    }

    [Fact]
    public void Parse_InTokyo_UsesTokyoDates()
    {
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

        var match = DueDateParser.Parse("tomorrow 9am", new DateTimeOffset(2026, 11, 24, 20, 0, 0, TimeSpan.Zero), tokyo)!;

        Assert.Equal(new DateTime(2026, 11, 26, 9, 0, 0), TimeZoneInfo.ConvertTime(match.Due, tokyo).DateTime);
    }
}
