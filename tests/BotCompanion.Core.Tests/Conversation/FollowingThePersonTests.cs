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
        var closed = await coach.SendAsync("That I don't need to check everything to trust it.");

        Assert.Contains("taking away", takeaway, StringComparison.Ordinal);
        Assert.DoesNotContain("?", closed.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("how useful was this, 0–10?", Assert.Single(closed.Replies.Skip(1)).Text, StringComparison.Ordinal);
        var summary = Assert.Single((await coach.StateAsync()).Coaching.Summaries);
        Assert.Contains("stop rewriting my team's slides", summary.Goal, StringComparison.Ordinal);
        Assert.Contains(summary.Insights, i => i.Contains("I don't need to check everything", StringComparison.Ordinal));
        Assert.DoesNotContain(summary.Insights, i => i.Contains("sorry for my english", StringComparison.OrdinalIgnoreCase) || i.Contains("that's it", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheirTakeaway_IsSaidBackAsWhatTheyHaveComeToSee_InTheirWords()
    {
        await using var coach = new CoachHarness();
        await coach.SayAsync("I want to stop being the person every escalation lands on.");
        await coach.SayAsync("I guess I've never told the depot managers what they can decide on their own.");
        await coach.SayAsync("ok that's it for today");

        var closed = await coach.SayAsync("That the calls come to me because I never drew the line. Thanks.");

        Assert.Matches(@"^You('ve come to see| now see|'ve realised) that the calls come to you because you never drew the line\. ", closed);
    }

    [Fact]
    public async Task AGoodFeeling_IsExploredForWhatMadeIt_NotForHowToFeelDifferently()
    {
        await using var coach = new CoachHarness();
        await coach.SayAsync("I want to prepare the talk with my CEO.");

        var reply = await coach.SayAsync("Honestly I feel lighter having written it down.");

        Assert.Contains("lighter", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("feel differently", reply, StringComparison.Ordinal);
        Assert.Matches(@"(What made the difference|What does that make possible for you)\?$", reply);
    }

    [Fact]
    public async Task LosingPatience_IsHeardAsTheFeelingItIs()
    {
        await using var coach = new CoachHarness();

        var reply = await coach.SayAsync("My head of product keeps missing deadlines and I'm losing patience.");

        Assert.Contains("impatient", reply, StringComparison.Ordinal);
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

    [Fact]
    public async Task ATopicOpener_GivesWayToTheGoalWhenTheyStateIt()
    {
        await using var coach = new CoachHarness();
        await coach.SayAsync("Morning. I need to talk about yesterday's board.");
        await coach.SayAsync("The chair tore my forecast apart in front of everyone.");

        await coach.SayAsync("Ok. What I want is to walk into the next board and not freeze.");
        await coach.SayAsync("/done");

        var summary = Assert.Single((await coach.StateAsync()).Coaching.Summaries);
        Assert.StartsWith("What I want is to walk into the next board", summary.Goal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVagueIntention_IsAskedWhatItWouldLookLike_NotByWhen()
    {
        await using var coach = new CoachHarness();
        await coach.SayAsync("I want to stop being the bottleneck on hiring decisions.");
        await coach.SayAsync("I could set a salary band my managers can approve without me.");

        var reply = await coach.SayAsync("I'll try to do better.");

        Assert.DoesNotContain("by when", reply, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("look like", reply, StringComparison.Ordinal);
        Assert.Null((await coach.StateAsync()).Coaching.Session!.PendingCommitment);
    }

    [Fact]
    public async Task ASecondCommitmentBeforeTheFirstIsDated_IsReadBackAsItself_AndTheFirstStaysInTheNotes()
    {
        await using var coach = new CoachHarness();
        await coach.SayAsync("I want to walk into the next board and not freeze.");
        await coach.SayAsync("I could ask him which assumption he disagrees with.");
        await coach.SayAsync("If he starts, I'll ask him which assumption he disagrees with.");

        var reply = await coach.SayAsync("And I'll talk to the CEO about yesterday by Friday.");

        Assert.Contains("talk to the CEO about yesterday", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("which assumption", reply, StringComparison.Ordinal);
        Assert.Contains((await coach.StateAsync()).Coaching.Session!.Insights, i => i.Contains("which assumption", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AReflectionOfTheirOwnOption_IsNotTakenForAdvice()
    {
        await using var coach = new CoachHarness();
        await coach.SayAsync("My co-founder and I disagree on when to raise.");

        var reply = await coach.SayAsync("I could ask him to write down his case and I write mine, and we swap.");

        Assert.Contains("write down his case", reply, StringComparison.Ordinal);
        Assert.Equal(0, (await coach.StateAsync()).Coaching.Counters.GuardReplacements);
    }

    [Fact]
    public async Task AFearVoicedWhileExploring_IsReflectedAndLeftWithThem_AndTheNextMessageGetsAQuestion()
    {
        await using var coach = new CoachHarness();
        await coach.SayAsync("I'm supposed to delegate the lender negotiations to my deputy this quarter.");

        var reflected = await coach.SayAsync("I suppose I'm scared that if something goes wrong it lands on me with the board.");
        var next = await coach.SayAsync("He's been with me six years and knows the lenders well.");

        Assert.Contains("lands on you", reflected, StringComparison.Ordinal);
        Assert.DoesNotContain("?", reflected, StringComparison.Ordinal);
        Assert.EndsWith("?", next.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGoalStatedAfterAFeeling_GetsAQuestion()
    {
        await using var coach = new CoachHarness();
        await coach.SayAsync("My CFO shot down my proposal in front of everyone and I just froze.");

        var reply = await coach.SayAsync("I want to be able to disagree with him in that room without freezing.");

        Assert.EndsWith("?", reply.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIfThenPlanWithoutADay_IsReadBackWithItsCue_AndAskedWhenItCouldComeUp()
    {
        await using var coach = new CoachHarness();
        var labels = PromptPackLoader.Load(Path.Combine(RepoPaths.Prompts, "default")).Labels;
        await coach.SayAsync("I want to walk into the next board and not freeze.");
        await coach.SayAsync("I could ask the chair for two minutes to finish before questions.");

        var reply = await coach.SayAsync("If the chair interrupts me, I'll ask for two minutes to finish my point.");

        Assert.Contains("if the chair interrupts you", reply, StringComparison.Ordinal);
        Assert.Contains(labels["askPlanDue"], reply, StringComparison.Ordinal);
        Assert.DoesNotContain(labels["askDue"], reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AShortMessageThatImpliesAFeeling_IsMetWithTheFeelingAlone_NotItsOwnWordsAndAQuestion()
    {
        await using var coach = new CoachHarness();
        await coach.SayAsync("I want to get my evenings back.");

        var reply = await coach.SayAsync("This quarter is killing me and the deadline is a killer.");

        Assert.Contains("worn down", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("deadline", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("?", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWantToStopSomething_IsHeardAsTheGoal_NotAsAFeelingAboutIt()
    {
        await using var coach = new CoachHarness();

        var reply = await coach.SayAsync("I want to stop rewriting my team's slides the night before the board.");

        Assert.Contains("the night before the board", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("leaves you", reply, StringComparison.Ordinal);
    }
}
