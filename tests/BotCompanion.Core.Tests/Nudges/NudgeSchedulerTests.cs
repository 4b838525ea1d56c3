using BotCompanion.Core.Nudges;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BotCompanion.Core.Tests.Nudges;

/// <summary>Nudges with a fake clock: the harness starts on Tuesday 24 November 2026, 10:00 in London.</summary>
public class NudgeSchedulerTests
{
    [Fact]
    public async Task CommitmentWithConsent_IsNudgedOnceWhenDue_InTheExecutivesWords()
    {
        await using var coach = new CoachHarness();
        await CommitAsync(coach, "I'll call the CFO by Thursday.", consent: "yes");

        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(1));
        Assert.Empty(coach.Sender.Sent);
        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(1.5));
        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(1));

        Assert.True(coach.Sender.Sent.Count == 1, coach.LogText);
        var sent = Assert.Single(coach.Sender.Sent);
        var reply = Assert.Single(sent.Replies);
        Assert.Contains("call the CFO", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith("How did it go?", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["Done", "Partly", "Not yet", "Drop"], reply.SuggestedActions);
    }

    [Fact]
    public async Task Backlog_LargerThanABatch_IsDrainedWithoutWaitingAPollPerBatch()
    {
        await using var coach = new CoachHarness(settings: new() { ["Nudges:BatchSize"] = "2" });
        for (var i = 0; i < 5; i++)
        {
            coach.ConversationId = $"exec-{i}";
            await CommitAsync(coach, "I'll call the CFO by Thursday.", consent: "yes");
        }

        coach.Time.Advance(TimeSpan.FromDays(3));
        await coach.Scheduler.StartAsync(CancellationToken.None);
        try
        {
            // The fake clock stands still: only draining full batches at once can deliver all five.
            for (var wait = 0; wait < 500 && coach.Sender.Sent.Count < 5; wait++)
            {
                await Task.Delay(20);
            }
        }
        finally
        {
            await coach.Scheduler.StopAsync(CancellationToken.None);
        }

        Assert.Equal(5, coach.Sender.Sent.Select(s => s.Conversation.ConversationId).Distinct().Count());
    }

    [Fact]
    public async Task ChannelThisInstanceCannotReach_LeavesTheNudgeQueuedForAnotherInstance()
    {
        await using var coach = new CoachHarness(configure: services => services.RemoveAll<IProactiveSender>());
        await CommitAsync(coach, "I'll call the CFO by Thursday.", consent: "yes");

        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(3));

        var queue = coach.Services.GetRequiredService<INudgeQueue>();
        var left = Assert.Single(await queue.ClaimDueAsync(coach.Time.GetUtcNow().AddDays(1), 10, TimeSpan.FromMinutes(1), default));
        Assert.True(left.Nudge.Attempt > 0);
        Assert.Contains(coach.Logs.Entries, e => e.Event.Name == "NudgeNoSender");
    }

    [Fact]
    public async Task NextSessionDateSaidInPassing_IsNoted_AndItsReflectionPromptComesTheDayBefore()
    {
        await using var coach = new CoachHarness();
        await CommitAsync(coach, "I'll call the CFO by Thursday.", consent: "yes");

        var reply = await coach.SayAsync("By the way, my next session with my coach is on the 3rd");

        Assert.Contains("Thursday 3 December", reply, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 3), (await coach.StateAsync()).Coaching.Nudges.NextCoachSession);
        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(9));
        var prompt = Assert.Single(coach.Sender.Sent, s => s.Replies.Any(r => r.Text.Contains("session is coming up", StringComparison.Ordinal)));
        var local = TestClock.InLondon(prompt.At);
        Assert.Equal(new DateOnly(2026, 12, 2), DateOnly.FromDateTime(local.DateTime));
    }

    [Fact]
    public async Task Consent_WhenTheChannelGaveNoTimeZone_AsksToConfirmTheAssumedOne()
    {
        await using var coach = new CoachHarness { TimeZone = null };
        await CommitAsync(coach, "I'll call the CFO by Thursday.", consent: null);

        var reply = await coach.SayAsync("yes");
        await coach.SayAsync("/nudges tz America/New_York");

        Assert.Contains("/nudges tz", reply, StringComparison.Ordinal);
        Assert.Equal("America/New_York", (await coach.StateAsync()).TimeZone);
    }

    [Fact]
    public async Task Consent_WhenTheChannelGaveATimeZone_DoesNotAskForIt()
    {
        await using var coach = new CoachHarness();
        await CommitAsync(coach, "I'll call the CFO by Thursday.", consent: null);

        var reply = await coach.SayAsync("yes");

        Assert.Contains("check in", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("/nudges tz", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutConsent_NothingIsSent()
    {
        await using var coach = new CoachHarness();
        await CommitAsync(coach, "I'll call the CFO by Thursday.", consent: "no thanks");

        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(5));

        Assert.Empty(coach.Sender.Sent);
    }

    [Fact]
    public async Task DueInQuietHours_WaitsUntilQuietHoursEnd()
    {
        await using var coach = new CoachHarness();
        await coach.SayAsync("/nudges quiet 17:00-09:30");
        await CommitAsync(coach, "I'll call the CFO by Thursday.", consent: "yes");

        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(3));

        Assert.True(coach.Sender.Sent.Count == 1, coach.LogText);
        var sent = Assert.Single(coach.Sender.Sent);
        var local = TestClock.InLondon(sent.At);
        // The scheduler polls every 15 minutes here, so delivery comes at the first poll after quiet hours end.
        Assert.InRange(local.DateTime, new DateTime(2026, 11, 27, 9, 30, 0), new DateTime(2026, 11, 27, 9, 45, 0));
    }

    [Fact]
    public async Task TwoDueTheSameDay_SecondWaitsForTomorrow_WithTheDefaultCapOfOne()
    {
        await using var coach = new CoachHarness();
        await CommitAsync(coach, "I'll call the CFO by Thursday.", consent: "yes");
        await coach.SayAsync("I'll email the board by Thursday.");
        await coach.SayAsync("yes");

        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(2.5));
        Assert.Single(coach.Sender.Sent);
        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(1));

        Assert.True(coach.Sender.Sent.Count == 2, coach.LogText);
        Assert.True(TestClock.InLondon(coach.Sender.Sent.Last().At).Date > TestClock.InLondon(coach.Sender.Sent.First().At).Date);
    }

    /// <summary>A snooze holds nudges until it ends; a rescheduled commitment is not nudged on its old date, only on the new one.</summary>
    [Theory]
    [InlineData("/nudges snooze until Monday", 5, 2)]
    [InlineData("/commitments move 1 to next Monday 9am", 3, 5)]
    public async Task SnoozeOrNewDate_HoldsTheNudgeBack_UntilItArrives(string command, double quietDays, double thenDays)
    {
        await using var coach = new CoachHarness();
        await CommitAsync(coach, "I'll call the CFO by Thursday.", consent: "yes");
        await coach.SayAsync(command);

        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(quietDays));
        Assert.Empty(coach.Sender.Sent);
        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(thenDays));

        Assert.Single(coach.Sender.Sent);
    }

    [Fact]
    public async Task NotYet_ExploresTheObstacle_AndANewDateReschedules()
    {
        await using var coach = new CoachHarness();
        await CommitAsync(coach, "I'll call the CFO by Thursday.", consent: "yes");
        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(2.5));

        var explore = await coach.SayAsync("Not yet");
        var moved = await coach.SayAsync("The board prep ate my week, so next Monday 9am");

        Assert.Contains("What got in the way?", explore, StringComparison.Ordinal);
        Assert.DoesNotContain("should", explore, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Monday", moved, StringComparison.Ordinal);
        var commitment = Assert.Single((await coach.StateAsync()).Coaching.Commitments);
        Assert.Equal(["not yet", "rescheduled"], commitment.Outcomes.Select(o => o.Outcome));
        Assert.Equal(CommitmentStatus.Open, commitment.Status);
    }

    [Fact]
    public async Task DoneAnswer_ClosesTheCommitment()
    {
        await using var coach = new CoachHarness();
        await CommitAsync(coach, "I'll call the CFO by Thursday.", consent: "yes");
        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(2.5));

        await coach.SayAsync("Done");

        Assert.Equal(CommitmentStatus.Done, Assert.Single((await coach.StateAsync()).Coaching.Commitments).Status);
    }

    [Fact]
    public async Task TransientFailure_IsRetriedWithBackoff_UnreachableIsNot()
    {
        await using var coach = new CoachHarness();
        await CommitAsync(coach, "I'll call the CFO by Thursday.", consent: "yes");
        var failures = 2;
        coach.Sender.Failure = () => failures-- > 0 ? new HttpRequestException("connection reset") : null;

        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(2.5));

        Assert.Single(coach.Sender.Sent);
        Assert.Equal(2, coach.Logs.Entries.Count(e => e.Event.Name == "NudgeRetry"));
    }

    [Fact]
    public async Task Unreachable_IsNotRetried()
    {
        await using var coach = new CoachHarness();
        await CommitAsync(coach, "I'll call the CFO by Thursday.", consent: "yes");
        var calls = 0;
        coach.Sender.Failure = () =>
        {
            calls++;
            return new RecipientUnreachableException("blocked");
        };

        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(2.5));
        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(2));

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task WeeklyReflection_StaysAtTheLocalTimeAcrossTheDstChange()
    {
        await using var coach = new CoachHarness();
        coach.Time.SetUtcNow(new DateTimeOffset(2027, 3, 22, 10, 0, 0, TimeSpan.Zero));
        await coach.SayAsync("/nudges on");
        await coach.SayAsync("/nudges weekly friday 16:00");

        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(5));
        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(7));

        var times = coach.Sender.Sent.Select(s => s.At).ToList();
        Assert.True(times.Count == 2, coach.LogText);
        Assert.All(times, t => Assert.Equal(16, TestClock.InLondon(t).Hour));
        Assert.Equal(16, times[0].UtcDateTime.Hour);
        Assert.Equal(15, times[1].UtcDateTime.Hour);
    }

    [Fact]
    public async Task WeeklyReflectionSwitchedOff_IsNotSentAgain()
    {
        await using var coach = new CoachHarness();
        await coach.SayAllAsync("/nudges on", "/nudges weekly friday 16:00", "/nudges weekly off");

        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(4));
        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(7));

        Assert.True(coach.Sender.Sent.IsEmpty, coach.LogText);
    }

    [Fact]
    public async Task WeeklyDayChanged_OnlyTheNewDayIsNudged_AndTheOldChainEnds()
    {
        await using var coach = new CoachHarness();
        await coach.SayAllAsync("/nudges on", "/nudges weekly friday 16:00", "/nudges weekly monday 16:00");

        for (var day = 0; day < 15; day++)
        {
            await coach.AdvanceAndPollAsync(TimeSpan.FromDays(1));
        }

        var days = coach.Sender.Sent.Select(s => TestClock.InLondon(s.At).DayOfWeek).ToList();
        Assert.True(days.Count == 2, coach.LogText);
        Assert.All(days, d => Assert.Equal(DayOfWeek.Monday, d));
    }

    [Fact]
    public async Task NudgesOffThenOn_BringsBackTheWeeklyRhythmTheyChose()
    {
        await using var coach = new CoachHarness();
        await coach.SayAllAsync("/nudges on", "/nudges weekly friday 16:00", "/nudges off", "/nudges on");

        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(4));

        var sent = Assert.Single(coach.Sender.Sent);
        Assert.Equal(DayOfWeek.Friday, TestClock.InLondon(sent.At).DayOfWeek);
    }

    [Fact]
    public async Task Pause_HoldsACheckIn_UntilTheyResume()
    {
        await using var coach = new CoachHarness();
        await CommitAsync(coach, "I'll call the CFO by Thursday.", consent: "yes");
        await coach.SayAsync("/nudges pause");

        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(3));
        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(2));
        Assert.Empty(coach.Sender.Sent);

        await coach.SayAsync("/nudges resume");
        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(1));
        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(1));

        var sent = Assert.Single(coach.Sender.Sent);
        Assert.Contains("call the CFO", Assert.Single(sent.Replies).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PeriodicReview_ComesEveryNWeeks_AndStopsWhenSwitchedOff()
    {
        await using var coach = new CoachHarness();
        await coach.SayAsync("/nudges on");
        await coach.SayAsync("/nudges review 2");

        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(13));
        Assert.Empty(coach.Sender.Sent);
        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(1.5));
        var first = Assert.Single(coach.Sender.Sent);
        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(14));
        Assert.Equal(2, coach.Sender.Sent.Count);
        await coach.SayAsync("/nudges review off");
        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(15));

        Assert.Equal(2, coach.Sender.Sent.Count);
        Assert.Contains("Looking back", Assert.Single(first.Replies).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IfThenPlan_IsNudgedAtItsCue_InTheExecutivesOwnIfThenWords()
    {
        await using var coach = new CoachHarness();
        await CommitAsync(coach, "If it's Monday 9:00, then I'll block an hour for strategy.", consent: "yes");

        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(5.9));
        Assert.Empty(coach.Sender.Sent);
        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(0.1));

        var sent = Assert.Single(coach.Sender.Sent);
        var local = TestClock.InLondon(sent.At);
        Assert.Equal((DayOfWeek.Monday, 9), (local.DayOfWeek, local.Hour));
        var text = Assert.Single(sent.Replies).Text;
        Assert.Contains("if it's Monday 9:00", text, StringComparison.Ordinal);
        Assert.Contains("block an hour for strategy", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_RemovesScheduledNudges()
    {
        await using var coach = new CoachHarness();
        await CommitAsync(coach, "I'll call the CFO by Thursday.", consent: "yes");

        await coach.ForgetAsync();
        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(5));

        Assert.Empty(coach.Sender.Sent);
    }

    private static async Task CommitAsync(CoachHarness coach, string commitment, string? consent)
    {
        await coach.SayAsync("I want to sort out the budget question with my CFO.");
        await coach.SayAsync(commitment);
        await coach.SayAsync("yes");
        if (consent is not null)
        {
            await coach.SayAsync(consent);
        }
    }
}
