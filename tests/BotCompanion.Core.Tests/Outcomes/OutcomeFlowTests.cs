using BotCompanion.Core.Outcomes;
using BotCompanion.Core.Sharing;

namespace BotCompanion.Core.Tests.Outcomes;

/// <summary>
/// The outcome questions at the close of a session and <c>/progress</c>, through the real turn pipeline: asked at most
/// once a session, skippable, never repeated when the person moves on.
/// </summary>
public class OutcomeFlowTests
{
    private const string UsefulnessQuestion = "how useful was this, 0–10?";

    [Fact]
    public async Task Done_AsksHowUsefulItWas_AndANumberIsKeptWithItsDate()
    {
        await using var coach = new CoachHarness();
        await SessionAsync(coach);

        var closing = await coach.SendAsync("/done");
        var answer = await coach.SayAsync("8");

        Assert.Contains(UsefulnessQuestion, closing.Replies[^1].Text, StringComparison.Ordinal);
        Assert.Equal(["Skip"], closing.Replies[^1].SuggestedActions);
        Assert.Contains("noted: 8", answer, StringComparison.Ordinal);
        var outcomes = (await coach.StateAsync()).Coaching.Outcomes;
        var rating = Assert.Single(outcomes.Usefulness);
        Assert.Equal(8, rating.Score);
        Assert.Equal(coach.Time.GetUtcNow().AddMinutes(-1), rating.At);
        Assert.Null(outcomes.Pending);
        Assert.Single(outcomes.SessionsClosedAt);
    }

    [Fact]
    public async Task ANewTopic_InsteadOfANumber_MovesOn_AndTheQuestionIsNotAskedAgain()
    {
        await using var coach = new CoachHarness();
        await SessionAsync(coach);
        await coach.SayAsync("/done");

        var moved = await coach.SayAsync("Actually, I want to think about hiring a CFO.");
        var later = await coach.SayAsync("7");

        Assert.DoesNotContain("noted", moved, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("?", moved, StringComparison.Ordinal);
        Assert.DoesNotContain("noted", later, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(UsefulnessQuestion, moved + later, StringComparison.Ordinal);
        Assert.Empty((await coach.StateAsync()).Coaching.Outcomes.Usefulness);
    }

    [Fact]
    public async Task Skip_IsAcknowledgedInAWord_AndNothingIsKept()
    {
        await using var coach = new CoachHarness();
        await SessionAsync(coach);
        await coach.SayAsync("/done");

        var skipped = await coach.SayAsync("Skip");

        Assert.Equal("Fine, skipped.", skipped);
        Assert.Empty((await coach.StateAsync()).Coaching.Outcomes.Usefulness);
    }

    [Fact]
    public async Task TheQuestion_IsAskedAtMostOnceASession_AndACommandInBetweenDoesNotSpendIt()
    {
        await using var coach = new CoachHarness();
        await SessionAsync(coach);
        await coach.SayAsync("/done");

        await coach.SayAsync("/progress");
        await coach.SayAsync("6");
        var again = await coach.SayAsync("/done");

        Assert.DoesNotContain(UsefulnessQuestion, again, StringComparison.Ordinal);
        Assert.Equal(6, Assert.Single((await coach.StateAsync()).Coaching.Outcomes.Usefulness).Score);
    }

    [Fact]
    public async Task ASessionClosedWhileTheyWereAway_AsksNothing_ButCountsAsHeld()
    {
        await using var coach = new CoachHarness();
        await SessionAsync(coach);
        coach.Time.Advance(TimeSpan.FromDays(2));

        var back = await coach.SayAsync("Hello again, a new topic today.");

        Assert.DoesNotContain(UsefulnessQuestion, back, StringComparison.Ordinal);
        var outcomes = (await coach.StateAsync()).Coaching.Outcomes;
        Assert.Null(outcomes.Pending);
        Assert.Single(outcomes.SessionsClosedAt);
    }

    [Fact]
    public async Task WithACoachLinked_TheQuestionWaitsUntilTheShareOfferIsAnswered()
    {
        await using var coach = new CoachHarness();
        var sam = await coach.Services.GetRequiredService<ICoachDirectory>().CreateCoachAsync("sam@coaching.example", "Sam", default);
        await coach.SayAsync($"/coach-link {sam.InviteCode} Dana");
        await SessionAsync(coach);

        var closing = await coach.SayAsync("/done");
        var shared = await coach.SendAsync("Share as is");
        await coach.SayAsync("9");

        Assert.DoesNotContain(UsefulnessQuestion, closing, StringComparison.Ordinal);
        Assert.Contains("Shared with your coach", shared.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains(UsefulnessQuestion, shared.Replies[^1].Text, StringComparison.Ordinal);
        Assert.Equal(9, Assert.Single((await coach.StateAsync()).Coaching.Outcomes.Usefulness).Score);
    }

    [Fact]
    public async Task AtTheEndOfAPhase_TheGoalSelfRatingFollows_InTheirWords_AndProgressShowsItAll()
    {
        await using var coach = new CoachHarness();
        await coach.SayAllAsync("I want to delegate the board pack.", "I'll ask Priya to own the finance section by Friday.", "yes", "no", "/done");
        var first = await coach.SayAsync("8");
        await coach.SayAllAsync("/commitments done 1", "I want to keep the board pack off my desk for good.", "/done");

        var second = await coach.SayAsync("7");
        var rated = await coach.SayAsync("6");
        var progress = await coach.SayAsync("/progress");

        Assert.DoesNotContain("Where are you now", first, StringComparison.Ordinal);
        Assert.Contains("Where are you now on \"I want to delegate the board pack\", 1–10?", second, StringComparison.Ordinal);
        Assert.Contains("Noted: 6", rated, StringComparison.Ordinal);
        Assert.Contains("Sessions held: 2.", progress, StringComparison.Ordinal);
        Assert.Contains("November 2026: 1 made, 1 kept, 0 partly kept, 0 dropped; 2 sessions", progress, StringComparison.Ordinal);
        Assert.Contains("24 November 2026: 6 on \"I want to delegate the board pack\"", progress, StringComparison.Ordinal);
        Assert.Contains("24 November 2026: 8", progress, StringComparison.Ordinal);
        Assert.Contains("24 November 2026: 7", progress, StringComparison.Ordinal);
        Assert.Contains("private to you", progress, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_ForSomeoneNew_SaysThereIsNothingYet()
    {
        await using var coach = new CoachHarness();

        var progress = await coach.SayAsync("/progress");

        Assert.StartsWith("Nothing to show yet", progress, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCoachSeesProgress_OnlyAfterProgressShare_AndNoLongerAfterProgressPrivate()
    {
        await using var coach = new CoachHarness();
        var directory = coach.Services.GetRequiredService<ICoachDirectory>();
        var progress = coach.Services.GetRequiredService<ProgressSharing>();
        var sam = await directory.CreateCoachAsync("sam@coaching.example", "Sam", default);
        var unlinked = await coach.SayAsync("/progress share");
        await coach.SayAsync($"/coach-link {sam.InviteCode} Dana");
        var dana = Assert.Single(await directory.ExecutivesOfAsync(sam.Id, default));
        await SessionAsync(coach);
        await coach.SayAllAsync("/done", "Share as is", "8");
        var beforeConsent = await progress.SharedWithAsync(sam.Id, dana.Id, default);

        var consent = await coach.SayAsync("/progress share");
        var shared = await progress.SharedWithAsync(sam.Id, dana.Id, default);
        await coach.SayAsync("/progress private");

        Assert.Contains("not linked to a coach", unlinked, StringComparison.Ordinal);
        Assert.Null(beforeConsent);
        Assert.Contains("Never your conversations", consent, StringComparison.Ordinal);
        Assert.NotNull(shared);
        Assert.Equal(1, shared.SessionsHeld);
        Assert.Equal(8, Assert.Single(shared.Usefulness).Score);
        Assert.Null(await progress.SharedWithAsync(sam.Id, dana.Id, default));
    }

    [Fact]
    public async Task ConsentIsGivenToOneCoach_ANewCoachSeesNothingUntilAskedAgain()
    {
        await using var coach = new CoachHarness();
        var directory = coach.Services.GetRequiredService<ICoachDirectory>();
        var progress = coach.Services.GetRequiredService<ProgressSharing>();
        var sam = await directory.CreateCoachAsync("sam@coaching.example", "Sam", default);
        var lee = await directory.CreateCoachAsync("lee@coaching.example", "Lee", default);
        await coach.SayAsync($"/coach-link {sam.InviteCode} Dana");
        var atSam = Assert.Single(await directory.ExecutivesOfAsync(sam.Id, default));
        await coach.SayAsync("/progress share");

        await coach.SayAsync($"/coach-link {lee.InviteCode} Dana");
        var atLee = Assert.Single(await directory.ExecutivesOfAsync(lee.Id, default));
        await coach.SayAsync("/progress");

        Assert.Null(await progress.SharedWithAsync(lee.Id, atLee.Id, default));
        Assert.Null(await coach.Store.GetAsync(StateKeys.CoachProgress(sam.Id, atSam.Id), default));
        Assert.Null((await coach.StateAsync()).Coaching.Outcomes.SharedWithCoachId);
    }

    [Fact]
    public async Task Forget_ErasesTheRatings_AndTheCoachsCopyOfTheFigures()
    {
        await using var coach = new CoachHarness();
        var directory = coach.Services.GetRequiredService<ICoachDirectory>();
        var sam = await directory.CreateCoachAsync("sam@coaching.example", "Sam", default);
        await coach.SayAsync($"/coach-link {sam.InviteCode} Dana");
        var dana = Assert.Single(await directory.ExecutivesOfAsync(sam.Id, default));
        await SessionAsync(coach);
        await coach.SayAllAsync("/done", "Keep private", "8", "/progress share");
        Assert.NotNull(await coach.Store.GetAsync(StateKeys.CoachProgress(sam.Id, dana.Id), default));

        await coach.SayAsync("/forget");
        await coach.SayAsync("yes");

        Assert.Empty((await coach.StateAsync()).Coaching.Outcomes.Usefulness);
        await foreach (var key in coach.Store.ListKeysAsync("", default))
        {
            Assert.DoesNotContain(dana.Id, key, StringComparison.Ordinal);
        }
    }

    private static async Task SessionAsync(CoachHarness coach)
    {
        await coach.SayAsync("I want to get better at delegating to my leadership team");
        await coach.SayAsync("I keep taking work back when deadlines slip");
    }
}
