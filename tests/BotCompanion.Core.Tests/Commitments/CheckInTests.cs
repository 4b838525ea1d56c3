namespace BotCompanion.Core.Tests.Commitments;

/// <summary>
/// Outcomes given at a nudge shape the next session: its opening check-in and its private summary. The harness
/// starts on Tuesday 24 November 2026, 10:00 in London; "by Thursday" is nudged on Thursday 26 November.
/// </summary>
public class CheckInTests
{
    private const string CfoPartly = "You said you'd call the CFO, and when we checked in it was partly done. Where has it got to since?";
    private const string CfoNotYet = "You said you'd call the CFO, and when we checked in it hadn't happened yet. Where does it stand now?";

    [Fact]
    public async Task PartlyAtANudge_IsWhatTheNextSessionChecksInOn_InTheExecutivesWords()
    {
        await using var coach = new CoachHarness();
        await CfoAnsweredBoardStillOpenAsync(coach, "Partly");

        var opening = await coach.SayAsync("Hello again");

        Assert.Contains(CfoPartly, opening, StringComparison.Ordinal);
        Assert.DoesNotContain("email the board", opening, StringComparison.Ordinal);
        var state = (await coach.StateAsync()).Coaching;
        Assert.Equal(state.Commitments.Single(c => c.Action == "call the CFO").Id, state.Session!.CheckInCommitmentId);
    }

    [Fact]
    public async Task NotYetAtANudge_IsWhatTheNextSessionChecksInOn()
    {
        await using var coach = new CoachHarness();
        await CommitAsync(coach, "I'll call the CFO by Thursday.");
        await NudgedAndAnsweredAsync(coach, "Not yet");
        coach.Time.Advance(TimeSpan.FromDays(1));

        var opening = await coach.SayAsync("Hello again");

        Assert.Contains(CfoNotYet, opening, StringComparison.Ordinal);
        Assert.DoesNotContain("We ended on", opening, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotYetTalkedThroughJustNow_IsNotAskedAgainWhenTheConversationGoesOn()
    {
        await using var coach = new CoachHarness();
        await CommitAsync(coach, "I'll call the CFO by Thursday.");
        await NudgedAndAnsweredAsync(coach, "Not yet");
        await coach.SayAsync("The board prep ate my week, so next Monday 9am");

        var opening = await coach.SayAsync("Can we talk about my leadership team instead?");

        Assert.Contains("Welcome back", opening, StringComparison.Ordinal);
        Assert.DoesNotContain("call the CFO", opening, StringComparison.Ordinal);
        Assert.Null((await coach.StateAsync()).Coaching.Session!.CheckInCommitmentId);
    }

    [Fact]
    public async Task DoneAtANudge_IsAcknowledgedOnceInOneSentence_AndNotCheckedInOn()
    {
        await using var coach = new CoachHarness();
        await CommitAsync(coach, "I'll call the CFO by Thursday.");
        await NudgedAndAnsweredAsync(coach, "Done");
        coach.Time.Advance(TimeSpan.FromDays(1));

        var opening = await coach.SendAsync("Hello again");
        await coach.SayAsync("/done");
        coach.Time.Advance(TimeSpan.FromDays(1));
        var later = await coach.SayAsync("Hello again");

        Assert.Equal("Welcome back. A reminder that I'm an AI coaching companion. Since we last spoke, you marked \"call the CFO\" as done.", opening.Replies[0].Text);
        Assert.DoesNotContain("call the CFO", opening.Replies[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("marked", later, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionSummary_ListsEachCommitmentWithItsLatestOutcome()
    {
        await using var coach = new CoachHarness();
        await CfoAnsweredBoardStillOpenAsync(coach, "Partly");
        await coach.SayAllAsync("Hello again", "I did it in the end, and we agreed the budget.", "I want to plan the next quarter with my leadership team.");

        var text = await coach.SayAsync("/done");

        Assert.Contains("Commitments:\n- call the CFO (by Thursday 26 November): done, today", text, StringComparison.Ordinal);
        var summaries = (await coach.StateAsync()).Coaching.Summaries;
        Assert.Equal(2, summaries.Count);
        Assert.Equal(["call the CFO (by Thursday 26 November)", "email the board (by Friday 4 December)"], summaries[0].Commitments);
        Assert.Equal(["call the CFO (by Thursday 26 November): done, today"], summaries[1].Commitments);
        var cfo = (await coach.StateAsync()).Coaching.Commitments.Single(c => c.Action == "call the CFO");
        Assert.Equal(["partly", "done"], cfo.Outcomes.Select(o => o.Outcome));
        Assert.Equal(CommitmentStatus.Done, cfo.Status);
    }

    /// <summary>A first session that ends with a dated commitment and consent to check-ins.</summary>
    /// <summary>Two commitments; the CFO one is nudged and answered, a day passes, the board one is still open.</summary>
    private static async Task CfoAnsweredBoardStillOpenAsync(CoachHarness coach, string answer)
    {
        await CommitAsync(coach, "I'll call the CFO by Thursday.");
        await coach.SayAsync("I'll email the board by next Friday.");
        await coach.SayAsync("yes");
        await NudgedAndAnsweredAsync(coach, answer);
        coach.Time.Advance(TimeSpan.FromDays(1));
    }

    private static async Task CommitAsync(CoachHarness coach, string commitment)
    {
        await coach.SayAsync("I want to sort out the budget question with my CFO.");
        await coach.SayAsync(commitment);
        await coach.SayAsync("yes");
        await coach.SayAsync("yes");
    }

    /// <summary>Runs the scheduler to Thursday night, when the CFO check-in has gone out, and answers it.</summary>
    private static async Task NudgedAndAnsweredAsync(CoachHarness coach, string answer)
    {
        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(2.5));
        var nudge = Assert.Single(coach.Sender.Sent);
        Assert.Contains("call the CFO", Assert.Single(nudge.Replies).Text, StringComparison.Ordinal);
        await coach.SayAsync(answer);
    }
}
