using BotCompanion.Core.Commitments;
using static BotCompanion.Core.Tests.Support.TestClock;

namespace BotCompanion.Core.Tests.Commitments;

public class DueDateFormatterTests
{
    [Theory]
    [InlineData("2026-11-24T17:00:00Z", true, "today at 17:00")]
    [InlineData("2026-11-25T15:00:00Z", true, "tomorrow at 15:00")]
    [InlineData("2026-11-26T17:00:00Z", false, "Thursday 26 November")]
    [InlineData("2026-11-30T09:00:00Z", true, "Monday 30 November at 9:00")]
    [InlineData("2027-02-10T17:00:00Z", false, "Wednesday 10 February 2027")]
    public void Format_ReadsNaturally(string due, bool hasTime, string expected)
    {
        Assert.Equal(expected, DueDateFormatter.Format(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture), hasTime, Now, London));
    }
}
