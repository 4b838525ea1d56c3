using BotCompanion.Core.Sharing;

namespace BotCompanion.Core.Tests.Sharing;

/// <summary>The coach's focus between sessions: offered in the executive's chat, used only once accepted, ended by them.</summary>
public class CoachFocusTests
{
    private const string Focus = "notice when you step in on your directors' decisions";

    [Fact]
    public async Task ProposedFocus_IsOfferedOnce_AndNotUsedBeforeItIsAccepted()
    {
        await using var coach = new CoachHarness();
        var (directory, sam, dana) = await LinkedAsync(coach);
        Assert.True(await directory.ProposeFocusAsync(sam.Id, dana, Focus, default));

        var first = await coach.SendAsync("I want to get better at delegating to my leadership team");
        var second = await coach.SayAsync("I keep taking work back when deadlines slip");
        var state = await coach.StateAsync();

        var offer = first.Replies[^1];
        Assert.Equal($"Your coach suggested a focus for the weeks until your next session: \"{Focus}\". Would you like to take it up? Only you see your answer.", offer.Text);
        Assert.Equal(["Accept", "Decline"], offer.SuggestedActions);
        Assert.DoesNotContain("suggested a focus", second, StringComparison.Ordinal);
        Assert.Null(state.Coaching.Focus.Text);
        Assert.Null(state.Coaching.Focus.OfferedId);
    }

    [Fact]
    public async Task AcceptedFocus_OpensTheNextCheckIn_AndItsAnswerGoesIntoTheSession()
    {
        await using var coach = new CoachHarness();
        await OfferedAsync(coach);

        var accepted = await coach.SayAsync("Accept");
        var opening = await NextSessionOpeningAsync(coach);
        await coach.SayAsync("I stepped in twice on Monday when the forecast slipped");

        Assert.Contains("It's your focus now", accepted, StringComparison.Ordinal);
        Assert.Contains($"Your coach suggested you notice: \"{Focus}\". What have you noticed?", opening, StringComparison.Ordinal);
        var session = (await coach.StateAsync()).Coaching.Session!;
        Assert.NotEqual(GrowStage.CheckIn, session.Stage);
        Assert.Contains(session.RecentTurns, t => t.Text == "I stepped in twice on Monday when the forecast slipped");
        Assert.Equal(Focus, (await coach.StateAsync()).Coaching.Focus.Text);
    }

    [Fact]
    public async Task DeclinedFocus_NeverOpensACheckIn_AndFocusOffersItAgain()
    {
        await using var coach = new CoachHarness();
        await OfferedAsync(coach);

        var declined = await coach.SayAsync("Decline");
        var opening = await NextSessionOpeningAsync(coach);
        var again = await coach.SendAsync("/focus");

        Assert.Contains("Declined", declined, StringComparison.Ordinal);
        Assert.DoesNotContain(Focus, opening, StringComparison.Ordinal);
        Assert.Contains(Focus, again.Replies[^1].Text, StringComparison.Ordinal);
        Assert.Equal(["Accept", "Decline"], again.Replies[^1].SuggestedActions);
        Assert.Null((await coach.StateAsync()).Coaching.Focus.Text);
    }

    [Fact]
    public async Task FocusEnd_EndsIt_SoTheNextSessionOpensWithoutIt()
    {
        await using var coach = new CoachHarness();
        await OfferedAsync(coach);
        await coach.SayAsync("Accept");

        var shown = await coach.SayAsync("/focus");
        var ended = await coach.SayAsync("/focus end");
        var opening = await NextSessionOpeningAsync(coach);

        Assert.Equal($"Your focus, suggested by your coach: \"{Focus}\". Type /focus end to end it.", shown);
        Assert.Contains("Focus ended", ended, StringComparison.Ordinal);
        Assert.DoesNotContain(Focus, opening, StringComparison.Ordinal);
        Assert.Null((await coach.StateAsync()).Coaching.Focus.Text);
    }

    [Fact]
    public async Task FocusWithdrawnBeforeTheAnswer_IsNotTakenUp()
    {
        await using var coach = new CoachHarness();
        var (directory, sam, dana) = await OfferedAsync(coach);
        await directory.WithdrawFocusAsync(sam.Id, dana, default);

        var answer = await coach.SayAsync("Accept");

        Assert.Contains("changed or withdrawn", answer, StringComparison.Ordinal);
        Assert.Null((await coach.StateAsync()).Coaching.Focus.Text);
    }

    [Fact]
    public async Task AcceptedFocus_IsInThePreSessionReflectionPrompt()
    {
        await using var coach = new CoachHarness();
        var (directory, sam, dana) = await LinkedAsync(coach);
        await directory.ProposeFocusAsync(sam.Id, dana, Focus, default);
        await coach.SayAllAsync("I want to sort out the budget question with my CFO.", "Accept", "I'll call the CFO by Thursday.", "yes", "yes");

        await coach.SayAsync("By the way, my next session with my coach is on the 3rd");
        await coach.AdvanceAndPollAsync(TimeSpan.FromDays(9));

        var prompt = Assert.Single(coach.Sender.Sent.SelectMany(s => s.Replies), r => r.Text.Contains("session is coming up", StringComparison.Ordinal));
        Assert.Contains($"Your focus was: \"{Focus}\". What have you noticed", prompt.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_ErasesTheFocus_AndTheCoachsProposal()
    {
        await using var coach = new CoachHarness();
        var (directory, sam, dana) = await OfferedAsync(coach);
        await coach.SayAsync("Accept");

        await coach.ForgetAsync();

        Assert.Null((await coach.StateAsync()).Coaching.Focus.Text);
        Assert.Null(await coach.Store.GetAsync(StateKeys.CoachFocus(sam.Id, dana), default));
        Assert.Null(await directory.ProposedFocusAsync(sam.Id, dana, default));
    }

    [Fact]
    public async Task AnotherCoach_CanNeitherProposeNorReadAFocus()
    {
        await using var coach = new CoachHarness();
        var (directory, sam, dana) = await LinkedAsync(coach);
        var lee = await directory.CreateCoachAsync("lee@coaching.example", "Lee", default);
        await directory.ProposeFocusAsync(sam.Id, dana, Focus, default);

        Assert.False(await directory.ProposeFocusAsync(lee.Id, dana, "notice something else", default));
        Assert.Null(await directory.ProposedFocusAsync(lee.Id, dana, default));
        Assert.Equal(Focus, (await directory.ProposedFocusAsync(sam.Id, dana, default))!.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("notice this\nand that")]
    public void Normalise_RefusesAnEmptyOrMultiLineFocus(string text) => Assert.Null(ProposedFocus.Normalise(text));

    [Fact]
    public void Normalise_RefusesAFocusOverTheLimit_AndTrimsOne()
    {
        Assert.Null(ProposedFocus.Normalise(new string('a', ProposedFocus.MaxLength + 1)));
        Assert.Equal(Focus, ProposedFocus.Normalise($"  {Focus} "));
    }

    /// <summary>Links Dana to Sam, has Sam propose <see cref="Focus"/> and opens a session, in which it is offered.</summary>
    private static async Task<(ICoachDirectory Directory, Coach Sam, string Dana)> OfferedAsync(CoachHarness coach)
    {
        var (directory, sam, dana) = await LinkedAsync(coach);
        await directory.ProposeFocusAsync(sam.Id, dana, Focus, default);
        await coach.SayAsync("I want to get better at delegating to my leadership team");
        return (directory, sam, dana);
    }

    /// <summary>Ends the session, lets three days pass and greets the coach again: what the next session opens with.</summary>
    private static async Task<string> NextSessionOpeningAsync(CoachHarness coach)
    {
        await coach.SayAsync("/done");
        coach.Time.Advance(TimeSpan.FromDays(3));
        return await coach.SayAsync("Hello again");
    }

    private static async Task<(ICoachDirectory Directory, Coach Sam, string Dana)> LinkedAsync(CoachHarness coach)
    {
        var directory = coach.Services.GetRequiredService<ICoachDirectory>();
        var sam = await directory.CreateCoachAsync("sam@coaching.example", "Sam", default);
        await coach.SayAsync($"/coach-link {sam.InviteCode} Dana");
        return (directory, sam, Assert.Single(await directory.ExecutivesOfAsync(sam.Id, default)).Id);
    }
}
