namespace BotCompanion.Core.Tests.Conversation;

public class SessionLifecycleTests
{
    [Fact]
    public async Task Done_WritesAPrivateSummaryInTheExecutivesWords_WithTheMentorPartApart()
    {
        await using var coach = new CoachHarness();
        await coach.SayAsync("I want to prepare my first board presentation.");
        await coach.SayAsync("I realise I'm nervous because the chair challenged me last time.");
        await coach.SayAsync("/mentor");
        await coach.SayAsync("How do I handle a hostile board member?");
        await coach.SayAsync("/coach");

        var text = await coach.SayAsync("/done");

        var summary = Assert.Single((await coach.StateAsync()).Coaching.Summaries);
        Assert.Equal(ShareState.Private, summary.Share);
        Assert.Equal("I want to prepare my first board presentation.", summary.Goal);
        Assert.Contains(summary.Insights, i => i.Contains("the chair challenged me last time", StringComparison.Ordinal));
        Assert.DoesNotContain(summary.Insights, i => i.Contains("hostile board member", StringComparison.Ordinal));
        Assert.Contains(summary.MentorTopics, t => t.Contains("hostile board member", StringComparison.Ordinal));
        Assert.Contains("private to you", text, StringComparison.Ordinal);
        Assert.Null((await coach.StateAsync()).Coaching.Session);
    }

    [Fact]
    public async Task NextSession_OpensWithDisclosureAndACheckInOnTheOpenCommitment()
    {
        await using var coach = new CoachHarness();
        await coach.SayAsync("I want to delegate the weekly report.");
        await coach.SayAsync("I'll hand the weekly report to Priya by Friday.");
        await coach.SayAsync("yes");
        coach.Time.Advance(TimeSpan.FromDays(3));

        var opening = await coach.SayAsync("Hi again");
        var afterAnswer = await coach.SayAsync("I did it, Priya has the report now.");

        Assert.Contains("AI coaching companion", opening, StringComparison.Ordinal);
        Assert.Contains("We ended on: \"hand the weekly report to Priya\"", opening, StringComparison.Ordinal);
        Assert.Contains("?", afterAnswer, StringComparison.Ordinal);
        var state = (await coach.StateAsync()).Coaching;
        Assert.Equal(CommitmentStatus.Done, Assert.Single(state.Commitments).Status);
        Assert.Single(state.Summaries);
    }

    [Fact]
    public async Task IdleSession_IsSummarisedWhenThePersonReturns()
    {
        await using var coach = new CoachHarness();
        await coach.SayAsync("I want more focus time in my week.");
        await coach.SayAsync("Meetings eat every morning and I end up working late.");

        coach.Time.Advance(TimeSpan.FromHours(3));
        await coach.SayAsync("Hello");

        var summary = Assert.Single((await coach.StateAsync()).Coaching.Summaries);
        Assert.Equal("I want more focus time in my week.", summary.Goal);
    }

    [Fact]
    public async Task Commitments_ListCompleteMoveAndDrop()
    {
        await using var coach = new CoachHarness();
        await coach.SayAsync("I want to rebuild trust with my CTO.");
        await coach.SayAsync("I'll have a one-to-one with the CTO by Thursday.");
        await coach.SayAsync("yes");

        var list = await coach.SayAsync("/commitments");
        var moved = await coach.SayAsync("/commitments move 1 to next Monday 9am");
        var done = await coach.SayAsync("/commitments done 1");
        var empty = await coach.SayAsync("/commitments");

        Assert.Contains("1. have a one-to-one with the CTO", list, StringComparison.Ordinal);
        Assert.Contains("Monday", moved, StringComparison.Ordinal);
        Assert.Contains("done", done, StringComparison.Ordinal);
        Assert.Contains("no open commitments", empty, StringComparison.Ordinal);
        var commitment = Assert.Single((await coach.StateAsync()).Coaching.Commitments);
        Assert.Equal(["rescheduled", "done"], commitment.Outcomes.Select(o => o.Outcome));
    }

    [Fact]
    public async Task CommitmentButtonClickedAfterTheListChanged_StillActsOnItsOwnCommitment_AndOnlyOnce()
    {
        await using var coach = new CoachHarness();
        await coach.SayAsync("I want to rebuild trust with my CTO.");
        await coach.SayAsync("I'll have a one-to-one with the CTO by Thursday.");
        await coach.SayAsync("yes");
        await coach.SayAsync("no thanks");
        await coach.SayAsync("I'll write down what I expect from the CTO role by Friday.");
        await coach.SayAsync("yes");

        var list = Assert.Single((await coach.SendAsync("/commitments")).Replies);
        var secondDone = list.Items[1].Choices.Single(c => c.Title == "Done").Send;
        await coach.SayAsync("/commitments drop 1");
        var clicked = await coach.SayAsync(secondDone);
        var again = await coach.SayAsync(secondDone);

        Assert.Contains("write down what I expect from the CTO role", clicked, StringComparison.Ordinal);
        Assert.Contains("already marked done", again, StringComparison.Ordinal);
        var commitments = (await coach.StateAsync()).Coaching.Commitments;
        Assert.Equal(CommitmentStatus.Dropped, commitments.Single(c => c.Action.StartsWith("have a one-to-one", StringComparison.Ordinal)).Status);
        Assert.Equal(["done"], commitments.Single(c => c.Action.StartsWith("write down", StringComparison.Ordinal)).Outcomes.Select(o => o.Outcome));
    }

    [Fact]
    public async Task Forget_AfterConfirmation_LeavesNothingInTheStore()
    {
        await using var coach = new CoachHarness();
        await coach.SayAsync("I want to think about my next career move.");
        await coach.SayAsync("I'll talk to my mentor by Friday.");
        await coach.SayAsync("yes");
        await coach.SayAsync("/done");

        await coach.SayAsync("/forget");
        var done = await coach.SayAsync("yes, forget me");

        Assert.Contains("deleted", done, StringComparison.Ordinal);
        var keys = new List<string>();
        await foreach (var key in coach.Store.ListKeysAsync("", CancellationToken.None))
        {
            keys.Add(key);
        }

        Assert.Empty(keys);
    }

    [Fact]
    public async Task Forget_AnythingButYes_CancelsAndKeepsEverything()
    {
        await using var coach = new CoachHarness();
        await coach.SayAsync("I want to think about my next career move.");

        await coach.SayAsync("/forget");
        var cancelled = await coach.SayAsync("actually no");

        Assert.Contains("nothing was deleted", cancelled, StringComparison.Ordinal);
        Assert.NotNull((await coach.StateAsync()).Coaching.Session);
    }

    [Theory]
    [InlineData("/help", "/commitments")]
    [InlineData("/privacy", "90 days")]
    [InlineData("/nonsense", "/help")]
    public async Task Commands_AnswerWithTheirText(string command, string expected)
    {
        await using var coach = new CoachHarness();

        Assert.Contains(expected, await coach.SayAsync(command), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizedMessage_GetsAPoliteRequestToShorten()
    {
        await using var coach = new CoachHarness();

        var reply = await coach.SayAsync(new string('a', 5000));

        Assert.Contains("5,000 characters", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PromptTokens_DoNotGrowWithConversationLength()
    {
        await using var coach = new CoachHarness();
        var tokens = new List<int>();
        for (var i = 1; i <= 60; i++)
        {
            var result = await coach.SendAsync($"Here is another thought number {i}: the team needs clearer priorities and I keep reworking the plan late at night.");
            tokens.Add(result.Metrics!.PromptTokens);
        }

        Assert.True(tokens[9] > 0);
        Assert.True(tokens[59] <= tokens[9] * 1.2, $"turn 10: {tokens[9]} tokens, turn 60: {tokens[59]} tokens");
    }
}
