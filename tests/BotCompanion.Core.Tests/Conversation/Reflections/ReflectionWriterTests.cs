using BotCompanion.Core.Conversation.Reflections;
using BotCompanion.Core.Conversation.Understanding;
using BotCompanion.Core.Text;

namespace BotCompanion.Core.Tests.Conversation.Reflections;

public class ReflectionWriterTests
{
    private static readonly PhraseBank Phrases = PromptPackLoader.Load(Path.Combine(RepoPaths.Prompts, "default")).Phrases;

    private static Reflection? Write(string text, ConversationTrack? track = null) =>
        ReflectionWriter.Write(MessageReader.Read(text), Phrases, track ?? new ConversationTrack());

    [Theory]
    [InlineData("Hi there!")]
    [InlineData("Thanks, that's it for today.")]
    [InlineData("What should I do?")]
    [InlineData("Are you a real person?")]
    [InlineData("Hello, sorry for my english")]
    public void MessagesThatStateNothing_AreNeverReflected(string text) =>
        Assert.Null(Write(text));

    [Fact]
    public void ANamedFeeling_GetsAComplexReflectionThatNamesIt()
    {
        var reflection = Write("I felt humiliated. I keep replaying it.")!;

        Assert.True(reflection.Complex);
        Assert.Contains("humiliated", reflection.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Maybe I should just care less.", "whether to just care less.")]
    [InlineData("I wonder if I should move the offsite to June.", "whether to move the offsite to June.")]
    public void AMaybeIShould_IsSaidBackAsWhatTheyAreTurningOver_NotAsAPlan(string text, string ending)
    {
        var reflection = Write(text)!;

        Assert.True(reflection.Complex);
        Assert.EndsWith(ending, reflection.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("should", reflection.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Or we bring in Maya from the board as a neutral person.", "you could bring in Maya from the board as a neutral person.")]
    [InlineData("Or we each list what we'd need to see to change our mind.", "you could each list what you'd need to see to change your mind.")]
    public void AnOptionSpokenAsWhatTheyWouldDo_IsSaidBackAsAPossibility(string text, string ending) =>
        Assert.EndsWith(ending, Write(text)!.Text, StringComparison.Ordinal);

    [Fact]
    public void WhatTheyDid_IsNotTurnedIntoAPossibility() =>
        Assert.DoesNotContain("could", Write("Or I asked him for the numbers on Friday, more or less.")?.Text ?? "", StringComparison.Ordinal);

    [Fact]
    public void AnOptionNamedWithoutAVerb_IsSaidBackAsAnOption()
    {
        var reflection = Write("And a weekly 15 minutes with Lena to review what she decided, so I'm not blind.")!;

        Assert.Matches("^(You also see a weekly 15 minutes with Lena .* as an option|You've also named a weekly 15 minutes with Lena)", reflection.Text);
        Assert.DoesNotContain("It sounds like a weekly", reflection.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatTheyWouldFinallyGetToDo_IsSaidBackAsWhatTheyCareAbout()
    {
        var reflection = Write("The pay is lower but the equity could matter, and I'd finally set the strategy myself.")!;

        Assert.True(reflection.Complex);
        Assert.Contains("you'd finally set the strategy yourself", reflection.Text, StringComparison.Ordinal);
        Assert.Matches("^(It matters to you|So it's important to you|You care) that ", reflection.Text);
    }

    [Fact]
    public void AFear_IsReflectedAsAWorryInTheirWordsAndTheSecondPerson()
    {
        var reflection = Write("I suppose I'm scared that if something goes wrong it lands on me with the board.")!;

        Assert.True(reflection.Complex);
        Assert.Contains("lands on you", reflection.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(" me ", reflection.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ambivalence_IsReflectedAsTwoSides()
    {
        var reflection = Write("I want to take the job in Singapore, but my kids are settled here.")!;

        Assert.True(reflection.Complex);
        Assert.Contains("take the job in Singapore", reflection.Text, StringComparison.Ordinal);
        Assert.Contains("your kids are settled here", reflection.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ALongStatement_IsReflectedByItsKeyPhrase_NotTheWholeSentence()
    {
        var text = "So basically I think the thing is that the regional directors keep escalating every pricing exception to me, even the tiny ones, and nobody else decides anything.";

        var reflection = Write(text)!;

        Assert.True(reflection.Text.Split(' ').Length <= 20, reflection.Text);
        Assert.DoesNotContain("basically", reflection.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void WhatTheyFeelTheyMustDo_IsSaidBackAsWhatFallsToThem_NotAsAnInstruction()
    {
        var reflection = Write("I need to cut the agency budget by a third.")!;

        Assert.Contains("it falls to you to cut the agency budget", reflection.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("you need to", reflection.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatTheyThinkTheyShouldDo_IsSaidBackAsTheirSenseOfIt()
    {
        var reflection = Write("I should warn the chair before the board meets on Thursday.")!;

        Assert.Contains("you feel you should warn the chair", reflection.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ATopicOpener_IsSaidBackAsTheTopic_NotAsSomethingTheyMustDo()
    {
        var reflection = Write("Morning. I need to talk about yesterday's board.")!;

        Assert.Contains("yesterday's board", reflection.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("talk about", reflection.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("falls to you", reflection.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnImpliedFeeling_IsSaidBackWithTheSituationItRestsOn()
    {
        var reflection = Write("I haven't slept. I kept rewriting the slides in my head at 3am.")!;

        Assert.True(reflection.Complex);
        Assert.Contains("you haven't slept", reflection.Text, StringComparison.Ordinal);
        Assert.Contains("exhausted", reflection.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AWhatIf_IsSaidBackAsTheFearItVoices()
    {
        var reflection = Write("What if he does it again and I freeze again?")!;

        Assert.True(reflection.Complex);
        Assert.Contains("worries that he does it again and you freeze again", reflection.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AChoice_IsSaidBackWithoutTheWordsOfChoosing()
    {
        var reflection = Write("Shortening it pulls at me most. One day instead of two, in our office.")!;

        Assert.Contains("shortening it", reflection.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("pulls at", reflection.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AGoalStatedAsWhatTheyWant_IsSaidBackAsTheWantItself()
    {
        var reflection = Write("Ok. What I want is for us to make the call together by the board meeting.")!;

        Assert.Contains("you want to make the call together", reflection.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("what you want is", reflection.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Estou com medo de falar com o conselho amanhã.")]
    [InlineData("Chcę mieć jeden wieczór w tygodniu bez spotkań.")]
    [InlineData("Sorry, the file didn't go through.")]
    [InlineData("That's all of them, really.")]
    [InlineData("Ok. Then help me think.")]
    public void MessagesThatSayNothingAboutThem_InWordsTheCoachCanRead_AreNotSaidBack(string message)
    {
        Assert.Null(Write(message));
    }

    [Fact]
    public void ANameAtTheStart_KeepsItsCapital()
    {
        var reflection = Write("The team is split. Paolo feels he lost status in the reorg.")!;

        Assert.DoesNotContain("paolo", reflection.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsecutiveReflections_NeverOpenTheSameWay()
    {
        var track = new ConversationTrack();
        var openers = new[] { "The board meets on Thursday.", "The forecast is already late.", "The CFO is on holiday this week." }
            .Select(t => Write(t, track)!.Text.Split(' ')[0..2])
            .Select(words => string.Join(' ', words))
            .ToList();

        Assert.All(openers.Zip(openers.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Fact]
    public void ALongSentence_IsCutWhereAClauseEnds_NeverInTheMiddleOfOne()
    {
        var reflection = Write("Our board meeting is in three weeks and I have to explain why we missed the revenue forecast by eight percent.")!;

        Assert.EndsWith("your board meeting is in three weeks.", reflection.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ALaterClauseWithoutItsOwnSubject_IsNotSaidBackAlone()
    {
        var reflection = Write("I could ask Priya to own the finance section of the board pack, and only review the summary page myself.")!;

        Assert.Contains("you could ask Priya", reflection.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AWantThatMustNotCostSomething_IsReflectedAsWhatMattersToThem()
    {
        var reflection = Write("I want to hit the deadline without burning out my team.")!;

        Assert.True(reflection.Complex);
        Assert.Contains("matters to you that you hit the deadline without burning out your team", reflection.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ADreadedConsequence_IsReflectedAsAWorry()
    {
        var reflection = Write("It's more that I'd have nothing to show the chair if it went wrong.")!;

        Assert.True(reflection.Complex);
        Assert.Contains("you'd have nothing to show the chair", reflection.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("more that", reflection.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnImpliedFeeling_IsSaidBackWithTheClauseThatCarriesIt()
    {
        var reflection = Write("I presented the Q3 forecast and the chair tore it apart in front of everyone.")!;

        Assert.Contains("the chair tore it apart in front of everyone", reflection.Text, StringComparison.Ordinal);
        Assert.Contains("exposed", reflection.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AWordRepeatedForEmphasis_IsNotSaidBackAsASituation()
    {
        var reflection = Write("It took my analysts four days. four days.");

        Assert.DoesNotContain("four days. four days", reflection?.Text ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void ReflectionsInARow_NeverOpenWithTheSameWord_EvenFromDifferentWordings()
    {
        var track = new ConversationTrack();
        var openings = new[] { "I felt humiliated.", "I'm exhausted by it.", "The CFO is on holiday this week.", "I feel lighter now." }
            .Select(t => Write(t, track)!.Text.Split(' ')[0])
            .ToList();

        Assert.All(openings.Zip(openings.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Fact]
    public void ALongSentence_IsCutAtTheCommaThatEndsItsClause_KeepingTheReasonTheyGave()
    {
        var reflection = Write("That the calls come to me because I never drew the line, not because they can't decide.")!;

        Assert.Contains("because you never drew the line", reflection.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ANamedFeeling_IsSaidBackInOneSentenceWithWhatItRestsOn()
    {
        var reflection = Write("I felt humiliated. I keep replaying it.", new ConversationTrack())!;

        Assert.Single(BotCompanion.Core.Text.Sentences.Split(reflection.Text));
        Assert.Contains("keep replaying it", reflection.Text, StringComparison.Ordinal);
        Assert.Contains("humiliated", reflection.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AWant_KeepsWhatTheyDoNotWant()
    {
        var reflection = Write("I want our leadership offsite next month to end with real decisions, not just slides.")!;

        Assert.Contains("not just slides", reflection.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AFragmentWithoutItsSubject_IsNotSaidBackBeforeTheFeeling()
    {
        var reflection = Write("I'm fed up with being the referee. And a bit embarrassed that the CEO now sees it too.")!;

        Assert.DoesNotContain("a bit embarrassed that", reflection.Text, StringComparison.Ordinal);
        Assert.Contains("fed up", reflection.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("This quarter is killing me and the deadline is a killer.", "worn down")]
    [InlineData("My head of engineering and my head of product are barely speaking to each other.", "caught in the middle")]
    public void AShortMessageThatIsAllSituation_GetsTheFeelingItImplies_NotItsOwnWordsAgain(string text, string feeling)
    {
        var reflection = Write(text)!;

        Assert.True(reflection.Complex);
        Assert.True(reflection.RestsOnWhatTheyJustSaid);
        Assert.Contains(feeling, reflection.Text, StringComparison.Ordinal);
        Assert.True(Sentences.Words(reflection.Text) < Sentences.Words(text), reflection.Text);
    }

    [Fact]
    public void AFeelingGuessedFromALongerStory_IsSaidWithTheClauseItRestsOn()
    {
        var reflection = Write("I presented the Q3 forecast and the chair tore it apart in front of everyone. He said it was fiction.")!;

        Assert.False(reflection.RestsOnWhatTheyJustSaid);
        Assert.Contains("the chair tore it apart", reflection.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatTheyBelieve_IsSaidBackFromWhereTheySayIt_NotWhatSomeoneElseWants()
    {
        var reflection = Write("My co-founder wants to raise again and I think we should get to profitability first.")!;

        Assert.EndsWith("you should get to profitability first.", reflection.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("raise again", reflection.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatTheyValue_IsTheirOwnPromise_NotWhatSomeoneElseWantsOfThem()
    {
        var reflection = Write("My chairman wants me to stay on two more years and I promised my family I'd step down next year.")!;

        Assert.Contains("you promised your family", reflection.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("chairman", reflection.Text, StringComparison.Ordinal);
    }
}
