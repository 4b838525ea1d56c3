namespace BotCompanion.Core.Tests.Rehearsal;

/// <summary>/rehearse through the real engine: set-up in their words, a labelled role-play, /stop or "pause", the debrief.</summary>
public class RehearsalFlowTests
{
    private static readonly PromptPack Pack = PromptPackLoader.Load(RepoPaths.DefaultPack);

    [Fact]
    public async Task Rehearse_InCoachingMode_SaysItBelongsToMentorMode_AndStartsNothing()
    {
        await using var coach = new CoachHarness();

        var result = await coach.SendAsync("/rehearse");

        Assert.Equal(Pack.Labels["rehearsalMentorOnly"], result.Replies[0].Text);
        Assert.Contains(result.Replies[0].Items.SelectMany(i => i.Choices), c => c.Send == "/mentor");
        Assert.Null((await coach.StateAsync()).Coaching.Rehearsal);
    }

    [Fact]
    public async Task ResistanceDescribedInTheirWords_IsInferred_AndTheCounterpartPlaysIt_EveryReplyLabelled()
    {
        await using var coach = await InMentorModeAsync();

        await coach.SayAsync("/rehearse");
        var situation = await coach.SayAsync("Margaret, my board chair");
        var ready = await coach.SayAsync("I need more time for the turnaround and she always cuts me off.");
        var first = await coach.SendAsync("Margaret, I want to walk through the turnaround plan.");

        Assert.Contains("Margaret, your board chair", situation, StringComparison.Ordinal);
        Assert.Contains(Pack.Rehearsal.Resistances["interrupts"].Description, ready, StringComparison.Ordinal);
        var reply = Assert.Single(first.Replies);
        Assert.Equal(ReplyMode.Mentor, reply.Mode);
        Assert.StartsWith(Pack.Labels["rehearsalLabel", ("counterpart", "Margaret, your board chair")] + "\n", reply.Text, StringComparison.Ordinal);
        Assert.Equal("interrupts", (await coach.StateAsync()).Coaching.Rehearsal!.Resistance);
    }

    [Fact]
    public async Task ResistanceNotDescribed_IsAskedWithEveryKindAsAButton_AndAskedAgainWhenUnclear()
    {
        await using var coach = await InMentorModeAsync();
        await coach.SayAsync("/rehearse Dev, our CFO");

        var asked = await coach.SendAsync("I want his support for two more engineers.");
        var again = await coach.SayAsync("it's complicated");
        var ready = await coach.SayAsync("Asks for numbers");

        Assert.Equal(["Interrupts", "Dismisses", "Asks for numbers", "Gets defensive", "Agrees too fast"], asked.Replies[0].SuggestedActions);
        Assert.Contains(Pack.Labels["rehearsalAskResistanceAgain", ("counterpart", "Dev, your CFO")], again, StringComparison.Ordinal);
        Assert.Contains(Pack.Rehearsal.Resistances["numbers"].Description, ready, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOfflineCounterpart_NeverSaysALineTwice_AndStepsOutWhenItHasNoneLeft()
    {
        await using var coach = await PlayingAsync("Tom, one of my directors", "He just agrees too fast and nothing happens.");
        var lines = Pack.Rehearsal.Resistances["agrees"].Lines;

        var said = new List<string>();
        for (var i = 0; i < lines.Count + 1; i++)
        {
            said.Add((await coach.SendAsync($"Point number {i + 1}: pricing decisions move to the pricing team.")).Replies[^1].Text);
        }

        var spoken = said.Take(lines.Count).Select(t => t[(t.IndexOf('\n', StringComparison.Ordinal) + 1)..]).ToList();
        Assert.Equal(spoken.Count, spoken.Distinct(StringComparer.Ordinal).Count());
        Assert.All(spoken, s => Assert.Contains(lines, l => l == s || (l.Contains("{echo}", StringComparison.Ordinal) && s.StartsWith(l[..l.IndexOf('{', StringComparison.Ordinal)], StringComparison.Ordinal))));
        Assert.Contains(Pack.Labels["rehearsalExhausted", ("counterpart", "Tom, one of your directors")], said[^1], StringComparison.Ordinal);
        Assert.Equal(RehearsalStage.DebriefWorked, (await coach.StateAsync()).Coaching.Rehearsal!.Stage);
    }

    [Fact]
    public async Task ALineWithTheirWords_EchoesThemInTheSecondPerson()
    {
        await using var coach = await PlayingAsync("Priya, my COO", "She dismisses it and says it's not a priority.");

        var replies = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            replies.Add(await coach.SayAsync("I think my team needs a clear owner for the launch."));
        }

        Assert.Contains(replies, r => r.Contains("you think your team needs a clear owner for the launch", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("pause")]
    [InlineData("/stop")]
    [InlineData("Let's pause.")]
    public async Task PauseOrStop_StepsOutOfTheRolePlay_IntoTheDebrief(string stop)
    {
        await using var coach = await PlayingAsync("Margaret, my board chair", "She cuts me off every time.");
        await coach.SayAsync("The headline is we need one more quarter.");

        var debrief = await coach.SendAsync(stop);

        Assert.StartsWith(Pack.Labels["rehearsalDebriefLabel"], debrief.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains(Pack.Labels["rehearsalDebriefWorked", ("counterpart", "Margaret, your board chair")], debrief.Replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(ReplyMode.Mentor, debrief.Replies[0].Mode);
    }

    [Fact]
    public async Task Debrief_AsksWhatWorkedChangeAndFirstWords_ThenAYesHandsOverToTheCommitmentFlow()
    {
        await using var coach = await PlayingAsync("Margaret, my board chair", "She cuts me off every time.");
        await coach.SayAsync("The headline is we need one more quarter.");
        await coach.SayAsync("pause");

        var change = await coach.SayAsync("Leading with the headline worked.");
        var firstWords = await coach.SayAsync("I'd have the margin figure ready.");
        var offer = await coach.SendAsync("We need one more quarter; here is the margin figure.");
        var handover = await coach.SendAsync("Make it a commitment");
        var readBack = await coach.SayAsync("I'll ask Margaret for a one-to-one and open with the headline by Thursday.");
        var saved = await coach.SayAsync("yes");

        Assert.Contains(Pack.Labels["rehearsalDebriefChange"], change, StringComparison.Ordinal);
        Assert.Contains(Pack.Labels["rehearsalDebriefFirstWords", ("counterpart", "Margaret, your board chair")], firstWords, StringComparison.Ordinal);
        Assert.Contains("\"Leading with the headline worked\"", offer.Replies[0].Text, StringComparison.Ordinal);
        Assert.Equal([Pack.Labels["rehearsalCommitYes"], Pack.Labels["rehearsalCommitNo"]], offer.Replies[0].SuggestedActions);
        Assert.Equal(ReplyMode.Coaching, handover.Replies[^1].Mode);
        Assert.Contains("\"We need one more quarter; here is the margin figure\"", handover.Replies[^1].Text, StringComparison.Ordinal);
        Assert.Contains("by Thursday", readBack, StringComparison.Ordinal);
        Assert.StartsWith("Saved, due", saved, StringComparison.Ordinal);
        var state = (await coach.StateAsync()).Coaching;
        Assert.Equal(CoachingMode.Coaching, state.Mode);
        Assert.Contains("ask Margaret for a one-to-one", Assert.Single(state.Commitments).Action, StringComparison.Ordinal);
        Assert.Equal(RehearsalStage.Ended, state.Rehearsal!.Stage);
    }

    [Fact]
    public async Task DeclinedCommitment_EndsTheRehearsal_InMentorMode_WithNothingStored()
    {
        await using var coach = await DebriefedAsync();

        var ended = await coach.SayAsync("Not now");

        Assert.Contains(Pack.Labels["rehearsalEnded"], ended, StringComparison.Ordinal);
        var state = (await coach.StateAsync()).Coaching;
        Assert.Equal(CoachingMode.Mentor, state.Mode);
        Assert.Empty(state.Commitments);
    }

    [Fact]
    public async Task RehearsalTurns_NeverEnterTheCoachingSession_ItsPromptOrItsSummary()
    {
        await using var coach = await DebriefedAsync();
        await coach.SayAllAsync("Make it a commitment", "I'll ask Margaret for a one-to-one by Thursday.", "yes");

        var summary = await coach.SayAsync("/done");

        var state = (await coach.StateAsync()).Coaching;
        var coachingText = string.Join("\n", state.Summaries.SelectMany(s => s.Insights.Append(s.Goal ?? "").Append(s.Narrative ?? "")));
        Assert.DoesNotContain("turnaround", summary, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("turnaround", coachingText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Role-play", summary, StringComparison.Ordinal);
        Assert.Contains(state.Rehearsal!.Turns, t => t.Text.Contains("turnaround", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACrisisMessage_DuringTheRolePlay_GetsTheSafetyReply_AndEndsIt()
    {
        await using var coach = await PlayingAsync("Dev, our CFO", "He always asks for the numbers first.");

        var safety = await coach.SendAsync("Honestly I don't want to be alive anymore.");
        var after = await coach.SendAsync("What is one way to prepare for a budget talk?");

        Assert.Equal(Pack.SafetyText, Assert.Single(safety.Replies).Text);
        Assert.Equal(RehearsalStage.Ended, (await coach.StateAsync()).Coaching.Rehearsal!.Stage);
        Assert.StartsWith(Pack.Labels["mentorLabel"], after.Replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BackToCoaching_DuringTheRolePlay_EndsIt()
    {
        await using var coach = await PlayingAsync("Dev, our CFO", "He always asks for the numbers first.");

        await coach.SayAsync("/coach");
        var stop = await coach.SayAsync("/stop");

        Assert.Equal(Pack.Labels["rehearsalNotRunning"], stop);
        Assert.Equal(RehearsalStage.Ended, (await coach.StateAsync()).Coaching.Rehearsal!.Stage);
    }

    [Fact]
    public async Task ARolePlayLeftIdle_IsOver_AndTheNextMessageIsMentorModes()
    {
        await using var coach = await PlayingAsync("Dev, our CFO", "He always asks for the numbers first.");
        coach.Time.Advance(TimeSpan.FromDays(2));

        var reply = await coach.SendAsync("How do I prepare for a budget talk?");

        Assert.StartsWith(Pack.Labels["mentorLabel"], reply.Replies[^1].Text, StringComparison.Ordinal);
        Assert.Equal(RehearsalStage.Ended, (await coach.StateAsync()).Coaching.Rehearsal!.Stage);
    }

    [Fact]
    public async Task Forget_ErasesTheRehearsal()
    {
        await using var coach = await PlayingAsync("Dev, our CFO", "He always asks for the numbers first.");
        await coach.SayAsync("Dev, I want two more engineers.");

        await coach.ForgetAsync();

        Assert.Null((await coach.StateAsync()).Coaching.Rehearsal);
        Assert.Null(await coach.Store.GetAsync(StateKeys.Conversation(new ConversationKey("test", coach.ConversationId)), default));
    }

    [Fact]
    public async Task MentorMode_OffersARehearsal_OnEntry_AndWhenAQuestionIsAboutAConversation()
    {
        await using var coach = new CoachHarness();

        var entered = await coach.SendAsync("/mentor");
        var about = await coach.SendAsync("How do I tell my CFO that the plan is slipping?");
        var other = await coach.SendAsync("How do I run a better all-hands meeting?");

        Assert.Contains(entered.Replies[^1].Items.SelectMany(i => i.Choices), c => c.Send == "/rehearse");
        Assert.Contains(about.Replies[^1].Items.SelectMany(i => i.Choices), c => c.Send == "/rehearse");
        Assert.DoesNotContain(other.Replies[^1].Items.SelectMany(i => i.Choices), c => c.Send == "/rehearse");
    }

    private static async Task<CoachHarness> InMentorModeAsync()
    {
        var coach = new CoachHarness();
        await coach.SayAsync("/mentor");
        return coach;
    }

    private static async Task<CoachHarness> PlayingAsync(string counterpart, string situation)
    {
        var coach = await InMentorModeAsync();
        await coach.SayAsync("/rehearse " + counterpart);
        await coach.SayAsync(situation);
        Assert.Equal(RehearsalStage.Playing, (await coach.StateAsync()).Coaching.Rehearsal!.Stage);
        return coach;
    }

    private static async Task<CoachHarness> DebriefedAsync()
    {
        var coach = await PlayingAsync("Margaret, my board chair", "She cuts me off every time.");
        await coach.SayAllAsync(
            "The turnaround needs one more quarter.",
            "pause",
            "Leading with the headline worked.",
            "I'd have the margin figure ready.",
            "We need one more quarter.");
        return coach;
    }
}
