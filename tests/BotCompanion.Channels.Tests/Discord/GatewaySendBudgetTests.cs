using BotCompanion.Channels.Discord;

namespace BotCompanion.Channels.Tests.Discord;

public class GatewaySendBudgetTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SendsWithinTheBudget_GoAtOnce()
    {
        var budget = new GatewaySendBudget();

        var waits = Enumerable.Range(0, GatewaySendBudget.MaxPerWindow).Select(i => budget.Reserve(Start.AddMilliseconds(i))).ToList();

        Assert.All(waits, w => Assert.Equal(TimeSpan.Zero, w));
    }

    [Fact]
    public void ASendBeyondTheBudget_WaitsUntilTheOldestLeavesTheMinute()
    {
        var budget = new GatewaySendBudget();
        for (var i = 0; i < GatewaySendBudget.MaxPerWindow; i++)
        {
            budget.Reserve(Start.AddSeconds(i * 0.1));
        }

        var wait = budget.Reserve(Start.AddSeconds(20));

        Assert.Equal(TimeSpan.FromSeconds(40), wait);
    }

    [Fact]
    public void NoMinuteEverHoldsMoreThanTheBudget_HoweverFastTheyCome()
    {
        var budget = new GatewaySendBudget();
        var sentAt = new List<DateTimeOffset>();
        var now = Start;
        for (var i = 0; i < 400; i++)
        {
            now += budget.Reserve(now);
            sentAt.Add(now);
            now = now.AddMilliseconds(50);
        }

        Assert.All(sentAt, t => Assert.InRange(sentAt.Count(s => s >= t && s < t + GatewaySendBudget.Window), 1, GatewaySendBudget.MaxPerWindow));
    }
}
