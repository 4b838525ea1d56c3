using BotCompanion.Core.State;
using BotCompanion.Core.Tests.Support;

namespace BotCompanion.Core.Tests.Conversation;

public class FollowingThePersonTests
{
    [Fact]
    public async Task AFeeling_IsAcknowledgedAndExplored_BeforeOptionsOrNextSteps()
    {
        await using var coach = new CoachHarness();
        await coach.SayAsync("My CFO shot down my proposal in front of everyone.");

        var reply = await coach.SayAsync("I felt humiliated. I keep replaying it.");

        Assert.Contains("humiliated", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("What could you do", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("by when", reply, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AWhatIf_GetsAnIfThenQuestion()
    {
        await using var coach = new CoachHarness();
        await coach.SayAsync("I want to announce the reorg on Monday.");

        var reply = await coach.SayAsync("What if the senior engineers push back and one of them quits?");

        Assert.Contains("If that", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedRequestsForDirection_GetTheBoundaryInDifferentWords_AndNeverChangeTheMode()
    {
        await using var coach = new CoachHarness();
        await coach.SayAsync("My VP sales missed the number three quarters in a row.");

        var first = await coach.SayAsync("What should I do?");
        var second = await coach.SayAsync("What do most CEOs do in this situation?");
        var third = await coach.SayAsync("Just give me one tip then.");

        Assert.All([first, second, third], r => Assert.Contains("/mentor", r, StringComparison.Ordinal));
        Assert.Equal(3, new[] { first, second, third }.Distinct().Count());
        Assert.Equal(CoachingMode.Coaching, (await coach.StateAsync()).Coaching.Mode);
    }

    [Fact]
    public async Task AClosing_GetsOneTakeawayQuestion_ThenTheSummaryWithTheStatedGoalAndTheirTakeaway()
    {
        await using var coach = new CoachHarness();
        await coach.SayAsync("Hello, sorry for my english.");
        await coach.SayAsync("I want to stop rewriting my team's slides the night before the board.");
        await coach.SayAsync("Honestly the issue is I don't trust the numbers until I've checked them.");

        var takeaway = await coach.SayAsync("ok that's it, thanks");
        var closed = await coach.SayAsync("That I don't need to check everything to trust it.");

        Assert.Contains("taking away", takeaway, StringComparison.Ordinal);
        Assert.DoesNotContain("?", closed, StringComparison.Ordinal);
        var summary = Assert.Single((await coach.StateAsync()).Coaching.Summaries);
        Assert.Contains("stop rewriting my team's slides", summary.Goal, StringComparison.Ordinal);
        Assert.Contains(summary.Insights, i => i.Contains("I don't need to check everything", StringComparison.Ordinal));
        Assert.DoesNotContain(summary.Insights, i => i.Contains("sorry for my english", StringComparison.OrdinalIgnoreCase) || i.Contains("that's it", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ALateIfThen_RightAfterACommitmentIsSaved_AttachesToIt()
    {
        await using var coach = new CoachHarness();
        await coach.SayAsync("I need the CEO to back the hiring freeze exception before the budget round.");
        await coach.SayAsync("I'll ask him for 20 minutes on it by Wednesday.");
        await coach.SayAsync("yes");

        var reply = await coach.SayAsync("And if he says no I'll send him the numbers on Thursday instead");

        var commitment = Assert.Single((await coach.StateAsync()).Coaching.Commitments);
        Assert.Equal("he says no", commitment.Obstacle);
        Assert.Contains("if he says no", reply, StringComparison.Ordinal);
    }
}
