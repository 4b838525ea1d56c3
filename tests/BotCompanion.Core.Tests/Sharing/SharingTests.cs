using BotCompanion.Core.Sharing;

namespace BotCompanion.Core.Tests.Sharing;

/// <summary>The executive shares on their terms: nothing reaches a coach without an explicit "share".</summary>
public class SharingTests
{
    [Fact]
    public async Task LinkedExecutive_SharesASummaryAsIs_AndOnlyTheirCoachCanSeeIt()
    {
        await using var coach = new CoachHarness();
        var (mine, other) = await LinkedAsync(coach, " Dana");
        await SessionAsync(coach);

        var offer = await coach.SayAsync("/done");
        var shared = await coach.SayAsync("Share as is");

        Assert.Contains("share this summary with your coach", offer, StringComparison.Ordinal);
        Assert.Contains("Shared with your coach", shared, StringComparison.Ordinal);
        var directory = coach.Services.GetRequiredService<ICoachDirectory>();
        var executive = Assert.Single(await directory.ExecutivesOfAsync(mine.Id, default));
        Assert.Equal("Dana", executive.DisplayName);
        var summary = Assert.Single(await directory.SharedWithAsync(mine.Id, executive.Id, default));
        Assert.Contains("delegating", summary.Goal, StringComparison.Ordinal);
        Assert.DoesNotContain(summary.Insights.Concat([summary.Narrative]), s => s.Contains("Consider", StringComparison.Ordinal));
        Assert.Empty(await directory.SharedWithAsync(other.Id, executive.Id, default));
        Assert.Empty(await directory.ExecutivesOfAsync(other.Id, default));
    }

    [Fact]
    public async Task SessionClosedWhileAway_IsNotShared_ButSaysHow_AndShareNSharesThatOne()
    {
        await using var coach = new CoachHarness();
        var (mine, _) = await LinkedAsync(coach, " Dana");
        await SessionAsync(coach);
        coach.Time.Advance(TimeSpan.FromDays(2));

        var back = await coach.SayAsync("Hello again, I have a new topic today.");
        var directory = coach.Services.GetRequiredService<ICoachDirectory>();
        var executive = Assert.Single(await directory.ExecutivesOfAsync(mine.Id, default));
        Assert.Empty(await directory.SharedWithAsync(mine.Id, executive.Id, default));
        var list = await coach.SayAsync("/share");
        var shared = await coach.SayAsync("/share 1");
        var nothingLeft = await coach.SayAsync("/share");

        Assert.Contains("type /share", back, StringComparison.Ordinal);
        Assert.Contains("1. ", list, StringComparison.Ordinal);
        Assert.Contains("delegating", list, StringComparison.Ordinal);
        Assert.Contains("Shared with your coach", shared, StringComparison.Ordinal);
        Assert.Contains("delegating", Assert.Single(await directory.SharedWithAsync(mine.Id, executive.Id, default)).Goal, StringComparison.Ordinal);
        Assert.Contains("already shared", nothingLeft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASessionIsRecordedOnlyByTheExecutivesOwnCoach_AndSurvivesTheirRelinking()
    {
        await using var coach = new CoachHarness();
        var (mine, other) = await LinkedAsync(coach, " Dana");
        var directory = coach.Services.GetRequiredService<ICoachDirectory>();
        var dana = Assert.Single(await directory.ExecutivesOfAsync(mine.Id, default));

        Assert.False(await directory.RecordSessionAsync(other.Id, dana.Id, new DateOnly(2026, 11, 20), default));
        Assert.True(await directory.RecordSessionAsync(mine.Id, dana.Id, new DateOnly(2026, 11, 20), default));
        await coach.SayAsync($"/coach-link {mine.InviteCode} Dana K.");

        var relinked = Assert.Single(await directory.ExecutivesOfAsync(mine.Id, default));
        Assert.Equal("Dana K.", relinked.DisplayName);
        Assert.Equal(new DateOnly(2026, 11, 20), relinked.LastSessionOn);
        Assert.Empty(await directory.ExecutivesOfAsync(other.Id, default));
    }

    [Fact]
    public async Task KeepPrivate_SharesNothing()
    {
        await using var coach = new CoachHarness();
        var (mine, _) = await LinkedAsync(coach);
        await SessionAsync(coach);
        await coach.SayAsync("/done");

        await coach.SayAsync("Keep private");

        var executive = Assert.Single(await coach.Services.GetRequiredService<ICoachDirectory>().ExecutivesOfAsync(mine.Id, default));
        Assert.Empty(await coach.Services.GetRequiredService<ICoachDirectory>().SharedWithAsync(mine.Id, executive.Id, default));
    }

    [Fact]
    public async Task Edit_SharesTheExecutivesOwnWording_Instead()
    {
        await using var coach = new CoachHarness();
        var (mine, _) = await LinkedAsync(coach);
        await SessionAsync(coach);
        await coach.SayAsync("/done");

        await coach.SayAsync("Edit");
        await coach.SayAsync("I want to delegate the board pack and check in weekly with Priya.");

        var summary = await TheOneSharedAsync(coach, mine);
        Assert.Equal("I want to delegate the board pack and check in weekly with Priya.", summary.Narrative);
        Assert.Empty(summary.Insights);
    }

    [Fact]
    public async Task Unshare_WithdrawsTheSummary_AndShared_ListsWhatIsLeft()
    {
        await using var coach = new CoachHarness();
        var (mine, _) = await LinkedAsync(coach);
        await SessionAsync(coach);
        await coach.SayAsync("/done");
        await coach.SayAsync("Share as is");

        Assert.Contains("1.", await coach.SayAsync("/shared"), StringComparison.Ordinal);
        await coach.SayAsync("/unshare 1");

        Assert.Contains("can't see anything", await coach.SayAsync("/shared"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_RemovesTheLinkAndEverySharedCopy()
    {
        await using var coach = new CoachHarness();
        var (mine, _) = await LinkedAsync(coach);
        await SessionAsync(coach);
        await coach.SayAsync("/done");
        await coach.SayAsync("Share as is");
        var executive = Assert.Single(await coach.Services.GetRequiredService<ICoachDirectory>().ExecutivesOfAsync(mine.Id, default));

        await coach.ForgetAsync();

        var directory = coach.Services.GetRequiredService<ICoachDirectory>();
        Assert.Empty(await directory.ExecutivesOfAsync(mine.Id, default));
        Assert.Null(await coach.Store.GetAsync($"coach-shared:{mine.Id}:{executive.Id}", default));
        await foreach (var key in coach.Store.ListKeysAsync("", default))
        {
            Assert.DoesNotContain(executive.Id, key, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SharedSummary_CarriesEachCommitmentsLatestOutcome_Once()
    {
        await using var coach = new CoachHarness();
        var (mine, _) = await LinkedAsync(coach);
        await coach.SayAllAsync("I want to sort out the budget question with my CFO.", "I'll call the CFO by Thursday.", "yes", "yes");
        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(2.5));
        await coach.SayAsync("Done");
        coach.Time.Advance(TimeSpan.FromDays(1));
        await SessionAsync(coach);

        await coach.SayAsync("/done");
        await coach.SayAsync("Share as is");

        var summary = await TheOneSharedAsync(coach, mine);
        Assert.Equal(["call the CFO (by Thursday 26 November): done, Thursday 26 November"], summary.Commitments);
    }

    [Fact]
    public async Task UnknownInviteCode_LinksNothing()
    {
        await using var coach = new CoachHarness();

        var reply = await coach.SayAsync("/coach-link NOTACODE");

        Assert.Contains("don't recognise", reply, StringComparison.Ordinal);
        Assert.Null((await coach.StateAsync()).Coaching.Coach);
    }

    /// <summary>Two coaches, Sam (mine) and Lee (other); the executive links to Sam with /coach-link, under <paramref name="name"/> if given.</summary>
    private static async Task<(Coach Mine, Coach Other)> LinkedAsync(CoachHarness coach, string name = "")
    {
        var directory = coach.Services.GetRequiredService<ICoachDirectory>();
        var mine = await directory.CreateCoachAsync("sam@coaching.example", "Sam", default);
        var other = await directory.CreateCoachAsync("lee@coaching.example", "Lee", default);
        await coach.SayAsync($"/coach-link {mine.InviteCode}{name}");
        return (mine, other);
    }

    /// <summary>The one summary <paramref name="mine"/> can see from the one executive linked to them.</summary>
    private static async Task<SharedSummary> TheOneSharedAsync(CoachHarness coach, Coach mine)
    {
        var directory = coach.Services.GetRequiredService<ICoachDirectory>();
        var executive = Assert.Single(await directory.ExecutivesOfAsync(mine.Id, default));
        return Assert.Single(await directory.SharedWithAsync(mine.Id, executive.Id, default));
    }

    private static async Task SessionAsync(CoachHarness coach)
    {
        await coach.SayAllAsync(
            "I want to get better at delegating to my leadership team",
            "I keep taking work back when deadlines slip",
            "/mentor",
            "How do other leaders handle this?",
            "/coach");
    }
}
