using BotCompanion.Core.Conversation.Reflections;

namespace BotCompanion.Core.Tests.Conversation.Reflections;

public class KeyPhraseTests
{
    [Fact]
    public void AnOptionThatRunsOn_IsSaidBackUpToWhereItsFirstClauseEnds()
    {
        var phrase = KeyPhrase.Of("I could ask Priya to own the finance section and only review the summary page.");

        Assert.Equal("you could ask Priya to own the finance section", phrase);
    }

    [Fact]
    public void AShortStatement_IsSaidBackWhole()
    {
        Assert.Equal("you want to be more present with your team", KeyPhrase.Of("I want to be more present with my team."));
    }

    [Fact]
    public void ARelativeClause_StaysWithTheWordItDescribes()
    {
        var phrase = KeyPhrase.Of("Honestly, part of the problem is that I like being the one who fixes it and everybody knows it.");

        Assert.NotNull(phrase);
        Assert.DoesNotMatch(@"the one$", phrase);
    }

    [Fact]
    public void TheFillerLikeBeforeAnAmount_IsNotSaidBack()
    {
        var phrase = KeyPhrase.Of("Actually I pass like 3 hours every day answering small questions on WhatsApp.");

        Assert.NotNull(phrase);
        Assert.Contains("pass 3 hours", phrase, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I'd know it worked if Carla and Paolo present the Q2 incident review together at the QBR.", "if Carla and Paolo present")]
    [InlineData("I could ask each leader to bring one proposal they would bet their budget on.", "bet their budget on")]
    [InlineData("I want to stop rewriting my team's slides the night before the board.", "the night before the board")]
    [InlineData("That the problem is not them, is how I react when they make a mistake.", "not them, is how you react")]
    public void ALongSentence_IsNotCutInsideAClause(string text, string kept)
    {
        var phrase = KeyPhrase.Of(text);

        Assert.NotNull(phrase);
        Assert.Contains(kept, phrase, StringComparison.Ordinal);
    }

    [Fact]
    public void ATimeClauseWithItsOwnVerb_IsStillWhereALongSentenceIsCut() =>
        Assert.Equal("you want them to agree on one roadmap", KeyPhrase.Of("I want them to agree on one roadmap before the planning cycle starts."));

    [Fact]
    public void ASentenceThatLeansOnTheOneBefore_IsNotSaidBack() =>
        Assert.Null(KeyPhrase.Of("Less if it doesn't."));

    [Fact]
    public void APlanWrittenAsALabelAndAList_IsSaidBackAsTheirPlan() =>
        Assert.StartsWith("your plan is to freeze hiring, cut two agencies", KeyPhrase.Of("My plan: freeze hiring, cut two agencies, keep R&D whole, and tell the board in March."), StringComparison.Ordinal);

    [Fact]
    public void AWantToGetBetterAtSomething_KeepsWhatItIs() =>
        Assert.Contains("better at delegating", KeyPhrase.Of("I want to get better at delegating the quarterly reporting to my directors."), StringComparison.Ordinal);
}
