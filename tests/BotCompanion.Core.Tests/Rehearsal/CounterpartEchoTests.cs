using BotCompanion.Core.Rehearsal;

namespace BotCompanion.Core.Tests.Rehearsal;

/// <summary>The executive's words as the counterpart says them back.</summary>
public class CounterpartEchoTests
{
    [Theory]
    [InlineData("I think my team needs a clear owner for the launch.", "Priya, my COO", "you think your team needs a clear owner for the launch")]
    [InlineData("Margaret, we need one more quarter to hit the margin.", "Margaret, my board chair", "we need one more quarter to hit the margin")]
    [InlineData("Margaret agreed the plan last spring.", "Margaret, my board chair", "Margaret agreed the plan last spring")]
    [InlineData("So I'm moving pricing to the directors.", "Tom", "you're moving pricing to the directors")]
    public void From_ASecondPersonEcho_OfTheirLastStatement(string message, string counterpart, string expected) =>
        Assert.Equal(expected, CounterpartEcho.From(message, counterpart));

    [Theory]
    [InlineData("What do you think about the plan?")]
    [InlineData("You keep cutting me off in meetings.")]
    [InlineData("Thanks for making the time today.")]
    [InlineData("Fine.")]
    public void From_NothingThatWouldNotReadBackWell(string message) => Assert.Null(CounterpartEcho.From(message, "Dev, our CFO"));

    [Fact]
    public void Into_CapitalisesTheEcho_WhereItOpensTheLine() =>
        Assert.Equal("You want more time? Honestly, no.", CounterpartEcho.Into("{echo}? Honestly, no.", "you want more time"));
}
